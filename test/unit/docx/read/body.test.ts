import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { makeDocx, p, type DocxParts } from '../make-docx';

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ReportSection"><w:name w:val="Report Section"/><w:basedOn w:val="Heading1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';

function read(body: string, parts: Partial<DocxParts> = {}): ReportSnapshot {
  return readDocx(makeDocx({ styles: STYLES, ...parts, body }), 'test.docx');
}

function texts(body: string): string[] {
  return read(body).paragraphs.map((x) => x.text);
}

const r = (content: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${content}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const fld = (type: string) => r(`<w:fldChar w:fldCharType="${type}"/>`);

describe('paragraph text', () => {
  it('joins runs, with tabs, breaks and special characters', () => {
    expect(
      texts(
        `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
          r(
            `${t('Ref')}<w:tab/>${t('Crime')}<w:br/>${t('and')}<w:cr/>${t('anti')}<w:noBreakHyphen/>${t('social')}`,
          ) +
          r(
            `<w:softHyphen/>${t(' ')}<w:sym w:font="Symbol" w:char="F0B7"/>${t('x')}<w:sym w:font="Arial" w:char="2013"/>`,
          ) +
          `</w:p>`,
      ),
    ).toEqual(['Ref\tCrime\nand\nanti\u2011social \uf0b7x–']);
  });

  it('keeps inserted and moved-to text, and drops deleted and moved-from text', () => {
    expect(
      texts(
        `<w:p>${r(t('Crime '))}<w:ins w:id="1" w:author="A">${r(t('fell'))}</w:ins>` +
          `<w:del w:id="2" w:author="A">${r('<w:delText>rose</w:delText>')}${r(t('odd'))}</w:del>` +
          `<w:moveFrom w:id="3" w:author="A">${r(t(' sharply'))}</w:moveFrom>${r(t(' in 2023'))}` +
          `<w:moveTo w:id="4" w:author="A">${r(t(' sharply'))}</w:moveTo></w:p>`,
      ),
    ).toEqual(['Crime fell in 2023 sharply']);
  });

  it('keeps a paragraph whose mark is a tracked deletion, so indices match Word', () => {
    const body =
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:del w:id="2" w:author="A">${r('<w:delText>Gone</w:delText>')}</w:del></w:p>` +
      p('Kept');
    expect(texts(body)).toEqual(['', 'Kept']);
  });

  it('shows a field result, not its instruction, including nested and multi-paragraph fields', () => {
    const body =
      `<w:p>${r(t('Page '))}${fld('begin')}${r('<w:instrText> PAGE </w:instrText>')}${fld('separate')}${r(t('3'))}${fld('end')}</w:p>` +
      `<w:p>${fld('begin')}${r('<w:instrText> IF </w:instrText>')}${fld('begin')}${r('<w:instrText> DATE </w:instrText>')}${fld('separate')}${r(t('hidden'))}${fld('end')}` +
      `${r('<w:instrText> = 1 "a" "b" </w:instrText>')}${fld('separate')}${r(t('a'))}${fld('end')}</w:p>` +
      `<w:p>${fld('begin')}${r('<w:instrText> TOC \\o "1-3" </w:instrText>')}${fld('separate')}${r(t('1. Introduction'))}</w:p>` +
      `<w:p>${r(t('2. Options'))}${fld('end')}</w:p>` +
      `<w:p>${fld('begin')}${r('<w:instrText> PAGE </w:instrText>')}${fld('end')}${r(t('no result'))}</w:p>` +
      `<w:p><w:fldSimple w:instr=" SEQ Table \\* ARABIC ">${r(t('4'))}</w:fldSimple>${r(t(': Crime'))}</w:p>`;
    expect(texts(body)).toEqual(['Page 3', 'a', '1. Introduction', '2. Options', 'no result', '4: Crime']);
  });

  it('reads through hyperlinks, smart tags, custom XML and content controls', () => {
    const body =
      `<w:customXml w:element="section"><w:p><w:hyperlink r:id="rId9">${r(t('police.uk'))}</w:hyperlink>` +
      `<w:smartTag w:element="place"><w:smartTagPr/>${r(t(' Leeds'))}</w:smartTag>` +
      `<w:customXml w:element="x"><w:customXmlPr/>${r(t(' City'))}</w:customXml>` +
      `<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>${r(t(' Council'))}</w:sdtContent></w:sdt></w:p></w:customXml>`;
    expect(texts(body)).toEqual(['police.uk Leeds City Council']);
  });

  it('reads one branch of alternate content: an understood choice, else the fallback', () => {
    const body =
      `<w:p><mc:AlternateContent><mc:Choice Requires="w14">${r(t('choice'))}</mc:Choice>` +
      `<mc:Fallback>${r(t('fallback'))}</mc:Fallback></mc:AlternateContent></w:p>` +
      `<w:p><mc:AlternateContent><mc:Choice Requires="w16se">${r(t('emoji'))}</mc:Choice>` +
      `<mc:Fallback>${r(t('plain'))}</mc:Fallback></mc:AlternateContent></w:p>`;
    expect(texts(body)).toEqual(['choice', 'plain']);
  });

  it('does not merge a text box into its paragraph, nor count its paragraphs', () => {
    const textBox = (inner: string) =>
      `<w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
      `<wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const snapshot = read(
      `<w:p>${r(t('Host '))}<w:r><mc:AlternateContent><mc:Choice Requires="wps">${textBox(p('Boxed'))}</mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape id="Text Box 1"><v:textbox><w:txbxContent>${p('Boxed')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
        `</mc:AlternateContent></w:r>${r(t('text'))}</w:p>` +
        p('Next'),
    );
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(['Host text', 'Next']);
    expect(snapshot.pictures).toEqual([]);
  });

  it('includes the text of equations', () => {
    const math =
      '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x</m:t></m:r><m:r><m:t>=2</m:t></m:r></m:oMath>';
    expect(texts(`<w:p>${r(t('Where '))}${math}</w:p>`)).toEqual(['Where x=2']);
  });
});

describe('styles, headings and bold', () => {
  it('gives each paragraph its style id and the name Word shows, defaulting to the default style', () => {
    const snapshot = read(p('Title', '<w:pStyle w:val="Heading1"/>') + p('Body'));
    expect(snapshot.paragraphs.map((x) => [x.styleId, x.styleName])).toEqual([
      ['Heading1', 'Heading 1'],
      ['Normal', 'Normal'],
    ]);
  });

  it('takes the heading level from the paragraph, the style chain, or a built-in heading name', () => {
    const snapshot = read(
      p('From style', '<w:pStyle w:val="Heading1"/>') +
        p('Inherited', '<w:pStyle w:val="ReportSection"/>') +
        p('Direct', '<w:outlineLvl w:val="2"/>') +
        p('Body level', '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>') +
        p('By name', '<w:pStyle w:val="Heading4"/>') +
        p('Plain'),
    );
    expect(snapshot.paragraphs.map((x) => x.headingLevel)).toEqual([1, 1, 3, null, 4, null]);
  });

  it('warns about a style that is not defined, once', () => {
    const snapshot = read(p('a', '<w:pStyle w:val="Mystery"/>') + p('b', '<w:pStyle w:val="Mystery"/>'));
    expect(snapshot.paragraphs.map((x) => [x.styleId, x.styleName])).toEqual([
      ['Mystery', null],
      ['Mystery', null],
    ]);
    expect(snapshot.warnings).toEqual([
      { where: 'word/document.xml', message: expect.stringContaining('"Mystery"') },
    ]);
  });

  it('marks a paragraph bold only when every run with visible text is bold', () => {
    const bold = '<w:b/>';
    const snapshot = read(
      `<w:p>${r(t('Recommendations'), bold)}${r(t(' '))}</w:p>` +
        `<w:p>${r(t('Reasons:'), bold)}${r(t(' partly'))}</w:p>` +
        `<w:p>${r(t('Off'), '<w:b w:val="0"/>')}</w:p>` +
        `<w:p>${r(t('Off too'), '<w:b w:val="false"/>')}</w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r(t('Style bold'))}</w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r(t('Unbolded'), '<w:b w:val="0"/>')}</w:p>` +
        `<w:p>${r(t('Strong'), '<w:rStyle w:val="Strong"/>')}</w:p>` +
        // Bold is a toggle: a bold character style inside a bold paragraph style switches it off.
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r(t('Toggled'), '<w:rStyle w:val="Strong"/>')}</w:p>` +
        `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:p>`,
    );
    expect(snapshot.paragraphs.map((x) => x.boldOnly)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('tables', () => {
  const cell = (text: string, tcPr = '') =>
    `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

  it('reads rows, header rows, spans, vertical merges and nested tables', () => {
    const inner = `<w:tbl><w:tr>${cell('In 1')}${cell('In 2')}</w:tr></w:tbl>`;
    const snapshot = read(
      p('Before') +
        '<w:tbl><w:tblPr/><w:tblGrid/>' +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('Area')}${cell('Offences', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr>${cell('North', '<w:vMerge w:val="restart"/>')}${cell('2022')}${cell('10')}</w:tr>` +
        `<w:tr>${cell('', '<w:vMerge/>')}${cell('2023')}<w:tc>${p('12')}${inner}</w:tc></w:tr>` +
        '</w:tbl>' +
        p('After'),
    );
    expect(snapshot.tables).toHaveLength(2);
    const [outer, nested] = snapshot.tables;
    expect(outer).toMatchObject({ index: 0, depth: 0, firstParagraph: 1, lastParagraph: 10 });
    expect(outer?.rows.map((row) => row.header)).toEqual([true, false, false]);
    expect(outer?.rows.map((row) => row.cells.map((c) => [c.text, c.gridSpan, c.vMerge]))).toEqual([
      [
        ['Area', 1, null],
        ['Offences', 2, null],
      ],
      [
        ['North', 1, 'restart'],
        ['2022', 1, null],
        ['10', 1, null],
      ],
      [
        ['', 1, 'continue'],
        ['2023', 1, null],
        ['12\nIn 1\nIn 2', 1, null],
      ],
    ]);
    expect(outer?.rows[2]?.cells[2]?.paragraphs).toEqual([8, 9, 10]);
    expect(nested).toMatchObject({ index: 1, depth: 1, firstParagraph: 9, lastParagraph: 10 });
    expect(snapshot.paragraphs.map((x) => x.cell)).toEqual([
      null,
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 0, row: 1, cell: 0 },
      { table: 0, row: 1, cell: 1 },
      { table: 0, row: 1, cell: 2 },
      { table: 0, row: 2, cell: 0 },
      { table: 0, row: 2, cell: 1 },
      { table: 0, row: 2, cell: 2 },
      { table: 1, row: 0, cell: 0 },
      { table: 1, row: 0, cell: 1 },
      null,
    ]);
  });

  it('reads rows and cells wrapped in content controls', () => {
    const snapshot = read(
      '<w:tbl>' +
        `<w:sdt><w:sdtPr><w:tag w:val="cr:live:row"/></w:sdtPr><w:sdtContent><w:tr>${cell('A')}` +
        `<w:sdt><w:sdtPr><w:tag w:val="cr:live:cell"/><w:text/></w:sdtPr><w:sdtContent>${cell('B')}</w:sdtContent></w:sdt>` +
        '</w:tr></w:sdtContent></w:sdt></w:tbl>',
    );
    expect(snapshot.tables[0]?.rows.map((row) => row.cells.map((c) => c.text))).toEqual([['A', 'B']]);
    expect(
      snapshot.contentControls.map((c) => [
        c.tag,
        c.kind,
        c.firstParagraph,
        c.lastParagraph,
        c.inline,
        c.text,
      ]),
    ).toEqual([
      ['cr:live:row', 'richText', 0, 1, false, 'A\nB'],
      ['cr:live:cell', 'plainText', 1, 1, false, 'B'],
    ]);
  });
});

describe('content controls', () => {
  const sdtPr = (inner: string) => `<w:sdtPr>${inner}</w:sdtPr>`;

  it('reads id, tag, title, kind, covered paragraphs and text of block and inline controls', () => {
    const snapshot = read(
      `<w:sdt>${sdtPr('<w:alias w:val="Live table"/><w:tag w:val="cr:live:t1"/><w:id w:val="-12345"/>')}<w:sdtContent>${p('Row one')}${p('Row two')}</w:sdtContent></w:sdt>` +
        `<w:p>${r(t('Meeting date: '))}<w:sdt>${sdtPr('<w:tag w:val="date"/><w:date w:fullDate="2024-03-01T00:00:00Z"/>')}<w:sdtContent>${r(t('1 March'))}${r(t(' 2024'))}</w:sdtContent></w:sdt>${r(t('.'))}</w:p>` +
        `<w:p><w:sdt>${sdtPr('<w14:checkbox/>')}<w:sdtContent>${r(t('☐'))}</w:sdtContent></w:sdt>` +
        `<w:sdt>${sdtPr('<w:dropDownList/>')}<w:sdtContent>${r(t('Yes'))}</w:sdtContent></w:sdt>` +
        `<w:sdt>${sdtPr('<w:comboBox/>')}<w:sdtContent>${r(t('No'))}</w:sdtContent></w:sdt>` +
        `<w:sdt>${sdtPr('<w:picture/>')}<w:sdtContent></w:sdtContent></w:sdt>` +
        `<w:sdt>${sdtPr('<w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj>')}<w:sdtContent></w:sdtContent></w:sdt>` +
        `<w:sdt><w:sdtContent>${r(t('!'))}</w:sdtContent></w:sdt></w:p>`,
    );
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual([
      'Row one',
      'Row two',
      'Meeting date: 1 March 2024.',
      '☐YesNo!',
    ]);
    expect(
      snapshot.contentControls.map((c) => [
        c.id,
        c.tag,
        c.title,
        c.kind,
        c.firstParagraph,
        c.lastParagraph,
        c.inline,
        c.text,
      ]),
    ).toEqual([
      ['-12345', 'cr:live:t1', 'Live table', 'richText', 0, 1, false, 'Row one\nRow two'],
      [null, 'date', null, 'date', 2, 2, true, '1 March 2024'],
      [null, null, null, 'checkBox', 3, 3, true, '☐'],
      [null, null, null, 'dropDownList', 3, 3, true, 'Yes'],
      [null, null, null, 'comboBox', 3, 3, true, 'No'],
      [null, null, null, 'picture', 3, 3, true, ''],
      [null, null, null, 'other', 3, 3, true, ''],
      [null, null, null, 'richText', 3, 3, true, '!'],
    ]);
  });

  it('lists nested controls after the control that holds them', () => {
    const snapshot = read(
      `<w:sdt><w:sdtPr><w:tag w:val="outer"/></w:sdtPr><w:sdtContent>${p('A')}` +
        `<w:sdt><w:sdtPr><w:tag w:val="inner"/></w:sdtPr><w:sdtContent>${p('B')}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`,
    );
    expect(snapshot.contentControls.map((c) => [c.tag, c.firstParagraph, c.lastParagraph])).toEqual([
      ['outer', 0, 1],
      ['inner', 1, 1],
    ]);
  });
});

describe('pictures', () => {
  const drawing = (
    docPr: string,
    graphic = '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/>',
  ) => `<w:r><w:drawing><wp:inline>${docPr}<a:graphic>${graphic}</a:graphic></wp:inline></w:drawing></w:r>`;

  it('reads name, alternative text, title and the decorative mark', () => {
    const snapshot = read(
      p('Intro') +
        `<w:p>${drawing('<wp:docPr id="1" name="Chart 1" descr="Crime fell by 8%" title="Recorded crime"/>')}</w:p>` +
        `<w:p>${drawing('<wp:docPr id="2" name="Logo"/>')}${drawing('<wp:docPr id="3" name="Line" descr=""/>')}</w:p>` +
        `<w:p>${drawing(
          '<wp:docPr id="4" name="Border"><a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
            '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst></wp:docPr>',
        )}</w:p>` +
        `<w:p><w:r><w:pict><v:shape id="OldPicture" alt="Ward map"><v:imagedata r:id="rId5" o:title="map"/></v:shape></w:pict></w:r></w:p>`,
    );
    expect(snapshot.pictures).toEqual([
      {
        paragraph: 1,
        name: 'Chart 1',
        altText: 'Crime fell by 8%',
        title: 'Recorded crime',
        decorative: false,
      },
      { paragraph: 2, name: 'Logo', altText: null, title: null, decorative: false },
      { paragraph: 2, name: 'Line', altText: '', title: null, decorative: false },
      { paragraph: 3, name: 'Border', altText: null, title: null, decorative: true },
      { paragraph: 4, name: 'OldPicture', altText: 'Ward map', title: 'map', decorative: false },
    ]);
  });

  it('ignores pictures in deleted text', () => {
    const snapshot = read(
      `<w:p><w:del w:id="1" w:author="A">${drawing('<wp:docPr id="1" name="Gone"/>')}</w:del></w:p>`,
    );
    expect(snapshot.pictures).toEqual([]);
  });
});

describe('comment anchors', () => {
  const comment = (id: string, text: string) =>
    `<w:comment w:id="${id}" w:author="Partner" w:initials="P">${p(text)}</w:comment>`;

  it('anchors a comment to the text between its range start and end, across paragraphs', () => {
    const snapshot = read(
      `<w:p>${r(t('Before '))}<w:commentRangeStart w:id="1"/>${r(t('start'))}</w:p>` +
        p('middle') +
        `<w:p>${r(t('end'))}<w:del w:id="9" w:author="A">${r('<w:delText>deleted</w:delText>')}</w:del><w:commentRangeEnd w:id="1"/>` +
        `${r('<w:commentReference w:id="1"/>')}${r(t(' after'))}</w:p>` +
        `<w:commentRangeStart w:id="2"/>${p('Whole paragraph')}<w:commentRangeEnd w:id="2"/>` +
        `<w:p>${r(t('Point'))}${r('<w:commentReference w:id="3"/>')}</w:p>`,
      { comments: comment('1', 'Span') + comment('2', 'Block') + comment('3', 'Point') },
    );
    expect(snapshot.comments.map((c) => [c.id, c.anchorParagraph, c.anchorText])).toEqual([
      ['1', 0, 'start\nmiddle\nend'],
      ['2', 3, 'Whole paragraph'],
      ['3', 4, ''],
    ]);
  });
});
