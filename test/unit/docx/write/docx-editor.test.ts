import { strFromU8, unzipSync, zipSync } from 'fflate';
import { DocxEditor } from '../../../../src/docx/write/docx-editor';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { blockContentControl, liveTag } from '../../../../src/ooxml/content-control';
import { emptyReportState, type ReportState } from '../../../../src/ooxml/custom-xml-part';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { dataTableBlock } from '../../../support/reference-blocks';
import { fixture } from '../fixtures';
import { makeDocx, p } from '../make-docx';
import { regionSpec } from '../../../support/region-content';

const TABLE = dataTableBlock({
  caption: 'Crime',
  columns: [
    { header: 'Type', align: 'left' },
    { header: 'Count', align: 'right' },
  ],
  rows: [{ cells: ['Burglary', '12'] }],
  source: 'sample',
});
const region = (id: string, blocks = TABLE) =>
  blockContentControl({ tag: liveTag(id), title: 'Crime' }, blocks);
const texts = (bytes: Uint8Array) => readDocx(bytes, 'out.docx').paragraphs.map((x) => x.text);
const CELL_TABLE = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${p('cell A')}${p('cell B')}</w:tc></w:tr></w:tbl>`;
const BODY = `${p('One')}${CELL_TABLE}${p('Two')}<w:sectPr/>`;

const state: ReportState = {
  ...emptyReportState(),
  templateId: 'maidstone-2019',
  regions: [regionSpec({ id: 'r1', valuesHash: 'h' })],
};

describe('DocxEditor: blocks', () => {
  it('inserts after and before a paragraph, at body level after the table holding a cell paragraph', () => {
    const editor = DocxEditor.open(makeDocx({ body: BODY }), 'in.docx');
    editor.insertBlocks(paragraph({ runs: 'after cell' }), { after: 2 });
    editor.insertBlocks(paragraph({ runs: 'before one' }), { before: 0 });
    editor.insertBlocks(paragraph({ runs: 'at end' }), { atEnd: true });
    const out = editor.save();
    expect(texts(out)).toEqual(['before one', 'One', 'cell A', 'cell B', 'after cell', 'Two', 'at end']);
    // The section properties stay last in the body.
    expect(strFromU8(unzipSync(out)['word/document.xml']!)).toMatch(
      /at end<\/w:t><\/w:r><\/w:p><w:sectPr\/><\/w:body>/,
    );
  });

  it('inserts a live table that reads back with its header row and tag', () => {
    const editor = DocxEditor.open(makeDocx({ body: BODY }), 'in.docx');
    editor.insertBlocks(region('r1'), { after: 0 });
    const snapshot = readDocx(editor.save(), 'out.docx');
    expect(snapshot.tables).toHaveLength(2);
    expect(snapshot.tables[0]!.rows.map((r) => [r.header, r.cells.map((c) => c.text)])).toEqual([
      [true, ['Type', 'Count']],
      [false, ['Burglary', '12']],
    ]);
    const control = snapshot.contentControls[0]!;
    expect([control.tag, control.title, control.kind, control.inline]).toEqual([
      'cr:live:r1',
      'Crime',
      'richText',
      false,
    ]);
    // After the region's hidden, empty lead paragraph.
    expect(snapshot.paragraphs[control.firstParagraph]!.text).toBe('');
    expect(snapshot.paragraphs[control.firstParagraph + 1]!.text).toBe('Table 1: Crime');
    expect(snapshot.paragraphs[control.lastParagraph]!.text).toBe('Source: sample');
  });

  it('replaces and removes a control by tag', () => {
    const editor = DocxEditor.open(makeDocx({ body: BODY }), 'in.docx');
    editor.insertBlocks(region('r1'), { after: 0 });
    editor.insertBlocks(region('r2', paragraph({ runs: 'figure' })), { atEnd: true });
    editor.replaceControlContent('cr:live:r1', paragraph({ runs: 'refreshed' }));
    let snapshot = readDocx(editor.save(), 'out.docx');
    expect(snapshot.contentControls.map((c) => [c.tag, c.text])).toEqual([
      ['cr:live:r1', 'refreshed'],
      ['cr:live:r2', 'figure'],
    ]);
    editor.removeControl('cr:live:r1');
    editor.removeControl('cr:live:r2', { keepContent: true });
    snapshot = readDocx(editor.save(), 'out.docx');
    expect(snapshot.contentControls).toEqual([]);
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(['One', 'cell A', 'cell B', 'Two', 'figure']);
  });

  it('replaces several controls in one pass, and refuses nested ones', () => {
    const nested = blockContentControl({ tag: 'outer', title: 'o' }, region('inner', p('in')));
    const editor = DocxEditor.open(
      makeDocx({ body: `${region('a', p('old a'))}${p('between')}${region('b', p('old b'))}${nested}` }),
      'in.docx',
    );
    editor.replaceControlContents(
      new Map([
        ['cr:live:b', paragraph({ runs: 'new b' })],
        ['cr:live:a', paragraph({ runs: 'new a' }) + paragraph({ runs: 'a again' })],
      ]),
    );
    expect(texts(editor.save())).toEqual(['new a', 'a again', 'between', 'new b', 'in']);
    expect(() =>
      editor.replaceControlContents(
        new Map([
          ['outer', p('x')],
          ['cr:live:inner', p('y')],
        ]),
      ),
    ).toThrow(/nested/);
  });

  it('keeps a paragraph in a table cell whose only content was the removed control', () => {
    const cellControl = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${region('c', p('x'))}</w:tc></w:tr></w:tbl>`;
    const editor = DocxEditor.open(makeDocx({ body: `${cellControl}${p('after')}` }), 'in.docx');
    editor.removeControl('cr:live:c');
    expect(strFromU8(unzipSync(editor.save())['word/document.xml']!)).toContain('<w:tc><w:p/></w:tc>');
  });

  it('refuses bad requests with clear errors and leaves the document and the input as they were', () => {
    const input = makeDocx({
      body: `${p('One')}${region('r1', p('x'))}<w:p><w:sdt><w:sdtPr><w:tag w:val="inline"/></w:sdtPr><w:sdtContent><w:r><w:t>i</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
    });
    const copy = input.slice();
    const editor = DocxEditor.open(input, 'in.docx');
    const before = editor.save();
    expect(() => editor.insertBlocks(p('x'), { after: 99 })).toThrow(/no paragraph 99 .* 3 paragraphs/);
    expect(() => editor.insertBlocks('<w:r><w:t>x</w:t></w:r>', { after: 0 })).toThrow(/<w:r>/);
    expect(() => editor.insertBlocks('<w:p><w14:x/></w:p>', { after: 0 })).toThrow(/"w14"/);
    expect(() => editor.insertBlocks(region('r1'), { after: 0 })).toThrow(
      /already has a content control tagged "cr:live:r1"/,
    );
    expect(() => editor.replaceControlContent('cr:live:nope', p('x'))).toThrow(/not in in.docx/);
    expect(() => editor.replaceControlContent('inline', p('x'))).toThrow(/inside a paragraph/);
    expect(() =>
      editor.writeReportState({ ...state, regions: [state.regions[0]!, state.regions[0]!] }),
    ).toThrow(/r1/);
    expect(editor.save()).toEqual(before);
    expect(input).toEqual(copy);
  });

  it('changes only block-level controls, but unwraps a row-level one', () => {
    const row = `<w:tr><w:tc>${p('cell')}</w:tc></w:tr>`;
    const rowControl = `<w:sdt><w:sdtPr><w:tag w:val="row"/></w:sdtPr><w:sdtContent>${row}</w:sdtContent></w:sdt>`;
    const body = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>${rowControl}</w:tbl>${p('after')}`;
    const editor = DocxEditor.open(makeDocx({ body }), 'in.docx');
    expect(() => editor.replaceControlContent('row', p('x'))).toThrow(/around a table row/);
    expect(() => editor.removeControl('row')).toThrow(/around a table row/);
    editor.removeControl('row', { keepContent: true });
    const snapshot = readDocx(editor.save(), 'out.docx');
    expect(snapshot.contentControls).toEqual([]);
    expect(snapshot.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['cell']]);
  });

  it('refuses two controls with the same tag, saying what to do', () => {
    const editor = DocxEditor.open(
      makeDocx({ body: `${region('d', p('a'))}${region('d', p('b'))}` }),
      'in.docx',
    );
    expect(() => editor.removeControl('cr:live:d')).toThrow(
      /2 content controls tagged "cr:live:d".*Delete the copies/,
    );
  });

  it('refuses a Strict Open XML document when it is opened', () => {
    const strict = makeDocx({ body: p('x') });
    const files = unzipSync(strict);
    files['word/document.xml'] = new TextEncoder().encode(
      '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p/></w:body></w:document>',
    );
    expect(() => DocxEditor.open(zipSync(files), 's.docx')).toThrow(/Strict Open XML/);
  });
});

describe('DocxEditor: the report state part', () => {
  it('adds the part as Word stores custom XML parts, and reads it back', () => {
    const editor = DocxEditor.open(makeDocx({ body: BODY }), 'in.docx');
    editor.writeReportState({ ...state, templateId: 'first' });
    editor.writeReportState(state);
    const out = editor.save();
    expect(readDocx(out, 'out.docx').reportState).toMatchObject({ state, damaged: false });
    const files = unzipSync(out);
    const names = Object.keys(files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(
      expect.arrayContaining([
        'customXml/item1.xml',
        'customXml/itemProps1.xml',
        'customXml/_rels/item1.xml.rels',
      ]),
    );
    const text = (name: string) => strFromU8(files[name]!);
    expect(text('customXml/itemProps1.xml')).toMatch(
      /<ds:datastoreItem ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}" xmlns:ds="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:council-report:v1"\/>/,
    );
    expect(text('customXml/_rels/item1.xml.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"',
    );
    expect(text('word/_rels/document.xml.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"',
    );
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    const parts = readDocx(out, 'out.docx').customXmlParts;
    expect(parts.map((x) => [x.id, x.namespaceUri])).toEqual([
      ['customXml/item1.xml', 'urn:council-report:v1'],
    ]);

    // A second write replaces the same part; reopening finds it.
    const again = DocxEditor.open(out, 'out.docx');
    again.writeReportState({ ...state, templateId: 'maidstone-2018' });
    const files2 = unzipSync(again.save());
    expect(Object.keys(files2).filter((n) => n.startsWith('customXml/item'))).toHaveLength(2);
    expect(strFromU8(files2['customXml/item1.xml']!)).toContain('<cr:template id="maidstone-2018"/>');
  });

  it('numbers a new part after the custom XML parts the document already has', () => {
    const other = '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
    const editor = DocxEditor.open(
      makeDocx({ body: p('x'), extra: { 'customXml/item1.xml': other } }),
      'in.docx',
    );
    editor.writeReportState(state);
    const parts = readDocx(editor.save(), 'out.docx').customXmlParts;
    expect(parts.map((x) => x.id)).toEqual(['customXml/item1.xml', 'customXml/item2.xml']);
  });
});

describe('DocxEditor: styles', () => {
  it('adds Caption and Table Grid to a document that lacks them, based on its default styles', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>';
    const editor = DocxEditor.open(makeDocx({ body: p('x'), styles }), 'in.docx');
    expect(editor.ensureStyles(['caption', 'tableGrid'])).toEqual({
      captionStyleId: 'Caption',
      tableStyleId: 'TableGrid',
    });
    editor.insertBlocks(TABLE, { after: 0 });
    const snapshot = readDocx(editor.save(), 'out.docx');
    expect(snapshot.warnings).toEqual([]);
    expect(snapshot.paragraphs[2]).toMatchObject({
      text: 'Table 1: Crime',
      styleId: 'Caption',
      styleName: 'Caption',
    });
    const xml = strFromU8(unzipSync(editor.save())['word/styles.xml']!);
    expect(xml).toContain(
      '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>',
    );
    expect(xml).toContain(
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>',
    );
    // Asking again changes nothing.
    const once = editor.save();
    editor.ensureStyles(['caption', 'tableGrid']);
    expect(editor.save()).toEqual(once);
  });

  it('uses a localised document’s own caption style whatever its id', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Beschriftung"><w:name w:val="caption"/></w:style>';
    const editor = DocxEditor.open(makeDocx({ body: p('x'), styles }), 'in.docx');
    expect(editor.ensureStyles(['caption']).captionStyleId).toBe('Beschriftung');
  });

  it('creates a styles part when the document has none', () => {
    const editor = DocxEditor.open(makeDocx({ body: p('x') }), 'in.docx');
    editor.ensureStyles(['caption']);
    editor.ensureStyles(['caption', 'tableGrid']);
    editor.insertBlocks(paragraph({ styleId: 'Caption', runs: 'c' }), { after: 0 });
    const out = editor.save();
    const snapshot = readDocx(out, 'out.docx');
    expect(snapshot.warnings).toEqual([]);
    expect(snapshot.paragraphs[1]?.styleName).toBe('Caption');
    // One styles part, related and typed once, holding both styles.
    const files = unzipSync(out);
    expect(strFromU8(files['word/_rels/document.xml.rels']!).match(/relationships\/styles"/g)).toHaveLength(
      1,
    );
    expect(strFromU8(files['[Content_Types].xml']!).match(/\/word\/styles.xml/g)).toHaveLength(1);
    expect(strFromU8(files['word/styles.xml']!).match(/<w:style /g)).toHaveLength(2);
  });
});

describe('DocxEditor: saving a real report', () => {
  it('copies untouched parts byte for byte and writes [Content_Types].xml first', () => {
    const input = fixture('reports/strategic-assessment-complete.docx');
    const editor = DocxEditor.open(input, 'sa.docx');
    editor.insertBlocks(region('r1'), { after: 3 });
    const before = unzipSync(input);
    const after = unzipSync(editor.save());
    expect(Object.keys(after)[0]).toBe('[Content_Types].xml');
    for (const [name, data] of Object.entries(before)) {
      if (name !== 'word/document.xml') expect([name, after[name]]).toEqual([name, data]);
    }
    const original = readDocx(input, 'sa.docx');
    const edited = readDocx(editor.save(), 'sa.docx');
    // Lead paragraph, caption, source line, and the table's four cells.
    expect(edited.paragraphs.length).toBe(original.paragraphs.length + 3 + 4);
    expect(edited.tables.length).toBe(original.tables.length + 1);
  });
});
