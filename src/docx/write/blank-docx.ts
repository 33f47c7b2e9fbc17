/**
 * A new, empty .docx made from scratch, as Word would save a blank document with the styles a
 * report uses (Normal, Title, Heading 1–2, Caption, Table Grid, and a table style for the
 * implications table): the CLI's `build` writes a report skeleton into it (`docxWithBlocks`). Pure (fflate), so the
 * browser workspace can use it too.
 */
import { zipSync } from 'fflate';
import type { ContentBlock } from '../../core/content/blocks';
import { NS } from '../../ooxml/namespaces';
import { renderBlocks } from '../../ooxml/render-blocks';
import { captionStyle, tableGridStyle } from '../../ooxml/style-definitions';
import { attribute, xmlValue } from '../../ooxml/text';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function headingStyle(level: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl ${attribute('w:val', level - 1)}/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${level === 1 ? 28 : 24}"/></w:rPr></w:style>`
  );
}

function stylesXml(): string {
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${NS.w}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>' +
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/></w:rPr></w:style>' +
    headingStyle(1) +
    headingStyle(2) +
    captionStyle('Normal') +
    tableGridStyle('TableNormal') +
    '</w:styles>'
  );
}

/** A .docx whose body is `bodyXml` (block-level WordprocessingML), with A4 pages and 2.54 cm margins. */
export function blankDocx(bodyXml = '<w:p/>', title = 'Report'): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const document =
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}"><w:body>` +
    bodyXml +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
    '</w:sectPr></w:body></w:document>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encode(
      XML_DECLARATION +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': encode(
      XML_DECLARATION +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': encode(document),
    'word/_rels/document.xml.rels': encode(
      XML_DECLARATION +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    ),
    'word/styles.xml': encode(stylesXml()),
    'docProps/core.xml': encode(
      XML_DECLARATION +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${xmlValue(title)}</dc:title>` +
        '<dc:language>en-GB</dc:language></cp:coreProperties>',
    ),
  };
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [name, [data, { level: 6, mtime: new Date(2000, 0, 1) }]]),
    ),
  );
}

/**
 * A new .docx whose body is `blocks` (a new report's skeleton: paragraphs and tables), rendered by
 * the same ooxml renderer as live regions. Pictures need media parts a blank document does not
 * have: a new report is built without them and its charts inserted as live regions afterwards.
 */
export function docxWithBlocks(blocks: readonly ContentBlock[], title?: string): Uint8Array {
  const rendered = renderBlocks(blocks);
  if (rendered.pictures.length > 0)
    throw new RangeError('A new report is made without pictures: insert charts as live regions afterwards.');
  return blankDocx(rendered.xml, title);
}
