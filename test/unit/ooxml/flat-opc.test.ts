import { flatOpcPackage } from '../../../src/ooxml/flat-opc';
import { captionStyle, tableGridStyle } from '../../../src/ooxml/style-definitions';
import { dataTableBlock } from '../../support/reference-blocks';
import { child, children, parseXml, path, textContent, type XmlElement } from '../../../src/ooxml/xml';

function parts(xml: string): Map<string, XmlElement> {
  const root = parseXml(xml, 'flat opc');
  expect(root.name).toBe('pkg:package');
  return new Map(children(root, 'pkg:part').map((p) => [p.attributes['pkg:name'] ?? '', p]));
}

const BODY = dataTableBlock({
  caption: 'Crime & <disorder>',
  columns: [{ header: 'Type', align: 'left' }],
  rows: [{ cells: ['Burglary'] }],
  source: 'police.uk',
});

describe('flatOpcPackage', () => {
  it('is well-formed and carries the body unchanged in word/document.xml', () => {
    const xml = flatOpcPackage(BODY);
    const found = parts(xml);
    expect([...found.keys()]).toEqual(['/_rels/.rels', '/word/document.xml']);
    const document = found.get('/word/document.xml')!;
    expect(document.attributes['pkg:contentType']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    const body = path(document, 'pkg:xmlData', 'w:document', 'w:body')!;
    // The region's lead paragraph, the caption, the table, the source line.
    expect(children(body).map((e) => e.name)).toEqual(['w:p', 'w:p', 'w:tbl', 'w:p']);
    expect(xml).toContain(`<w:body>${BODY}</w:body>`);
    const rel = path(found.get('/_rels/.rels')!, 'pkg:xmlData', 'Relationships', 'Relationship')!;
    expect(rel.attributes['Target']).toBe('word/document.xml');
  });

  it('adds the styles part, related from the document, when styles are asked for', () => {
    const found = parts(flatOpcPackage(BODY, { styles: ['caption', 'tableGrid'] }));
    expect([...found.keys()]).toEqual([
      '/_rels/.rels',
      '/word/_rels/document.xml.rels',
      '/word/document.xml',
      '/word/styles.xml',
    ]);
    const styles = path(found.get('/word/styles.xml')!, 'pkg:xmlData', 'w:styles')!;
    expect(children(styles, 'w:style').map((s) => s.attributes['w:styleId'])).toEqual([
      'Caption',
      'TableGrid',
    ]);
    const rel = path(
      found.get('/word/_rels/document.xml.rels')!,
      'pkg:xmlData',
      'Relationships',
      'Relationship',
    )!;
    expect(rel.attributes['Target']).toBe('styles.xml');
    expect(textContent(path(found.get('/word/document.xml')!, 'pkg:xmlData')!)).toContain(
      'Crime & <disorder>',
    );
  });
});

describe('style definitions', () => {
  it('pins Caption as Word defines it', () => {
    expect(captionStyle('Normal')).toBe(
      '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>' +
        '<w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>' +
        '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>' +
        '<w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>' +
        '</w:style>',
    );
  });

  it('pins Table Grid with a border on every edge', () => {
    const style = parseXml(
      `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableGridStyle('TableNormal')}</w:styles>`,
      's',
    );
    const def = child(style, 'w:style')!;
    expect(def.attributes).toEqual({ 'w:type': 'table', 'w:styleId': 'TableGrid' });
    expect(path(def, 'w:basedOn')?.attributes['w:val']).toBe('TableNormal');
    expect(
      children(path(def, 'w:tblPr', 'w:tblBorders')!).map((b) => [b.name, b.attributes['w:val']]),
    ).toEqual(
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => [`w:${edge}`, 'single']),
    );
    expect(tableGridStyle(null)).not.toContain('basedOn');
  });
});
