/**
 * The whole path for a live table: build it with hostile text, put it in a real report inside a
 * cr:live: control, save, read it back, and render it with LibreOffice.
 */
import { DocxEditor } from '../../../../src/docx/write/docx-editor';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { blockContentControl, liveTag } from '../../../../src/ooxml/content-control';
import { emptyReportState, parseReportStatePart } from '../../../../src/ooxml/custom-xml-part';
import type { DataTable } from '../../../../src/ooxml/table';
import { dataTableBlock } from '../../../support/reference-blocks';
import { renderDocx } from '../../../support/libreoffice';
import { fixture } from '../fixtures';
import { regionSpec } from '../../../support/region-content';

const HOSTILE = `<script>alert('x')</script> & "quoted" ]]> \u202eReversed`;
const LONG = 'Long cell '.repeat(500);

const table: DataTable = {
  caption: `Recorded crime by category ${HOSTILE}`,
  columns: [
    { header: 'Crime type', align: 'left' },
    { header: 'Nov 2015 – Oct 2016', align: 'right' },
    { header: 'Nov 2016 – Oct 2017', align: 'right' },
    { header: 'Change', align: 'right' },
  ],
  rows: [
    { cells: ['Burglary', '1,234', '1,310', '+76'] },
    { cells: ['Violence & sexual offences', '4,987', '5,421', '+434'], emphasis: 'highlight' },
    { cells: [HOSTILE, '17', '9', '-8'], emphasis: 'bold' },
    { cells: [LONG, '0', '1', '+1'] },
    { cells: ['Total recorded crime', '16,987', '17,201', '+214'], kind: 'total' },
  ],
  source: 'police.uk street-level data, retrieved 12 Jan 2018 & "checked"',
};

describe('a live table in a real report', () => {
  const input = fixture('reports/strategic-assessment-complete.docx');
  const original = readDocx(input, 'sa.docx');
  const anchor = original.paragraphs.findIndex((p) => p.text.startsWith('1.1\t'));
  const editor = DocxEditor.open(input, 'sa.docx');
  const styles = editor.ensureStyles(['caption', 'tableGrid']);
  editor.insertBlocks(
    blockContentControl(
      { tag: liveTag('r1'), title: 'Crime by category' },
      dataTableBlock(table, { number: 1, ...styles }),
    ),
    { after: anchor },
  );
  editor.writeReportState({
    ...emptyReportState(),
    regions: [regionSpec({ id: 'r1', valuesHash: 'abc' })],
  });
  const output = editor.save();

  it('reads back: the table with its header row, the tagged control and the state part', () => {
    const snapshot = readDocx(output, 'out.docx');
    expect(snapshot.warnings).toEqual(original.warnings);
    const control = snapshot.contentControls.find((c) => c.tag === 'cr:live:r1');
    expect(control).toMatchObject({ title: 'Crime by category', kind: 'richText', inline: false });
    const inserted = snapshot.tables.find((t) => t.firstParagraph > control!.firstParagraph)!;
    expect(inserted.lastParagraph).toBeLessThan(control!.lastParagraph);
    expect(inserted.rows.map((r) => r.header)).toEqual([true, false, false, false, false, false]);
    expect(inserted.rows[0]!.cells.map((c) => c.text)).toEqual(table.columns.map((c) => c.header));
    const shownHostile = HOSTILE.replace('\u202e', '');
    expect(inserted.rows[3]!.cells[0]!.text).toBe(shownHostile);
    expect(inserted.rows[4]!.cells[0]!.text).toBe(LONG);
    // The region's hidden, empty lead paragraph, then the caption.
    expect(snapshot.paragraphs[control!.firstParagraph]!.text).toBe('');
    expect(snapshot.paragraphs[control!.firstParagraph + 1]!.text).toBe(
      `Table 1: Recorded crime by category ${shownHostile}`,
    );
    const part = snapshot.customXmlParts.find((p) => p.namespaceUri === 'urn:council-report:v1')!;
    expect(parseReportStatePart(part.xml, part.id).state.regions.map((r) => r.id)).toEqual(['r1']);
  });

  it('renders in LibreOffice with the caption, header cells, numbers and source line', async () => {
    const { text, renderMs } = await renderDocx(output, 'live-table.docx');
    console.log(`LibreOffice rendered live-table.docx in ${renderMs} ms`);
    const flat = text.replace(/\s+/g, ' ');
    // The caption's SEQ field shows its number, not its code (REGION_LEAD_PARAGRAPH).
    expect(flat).toContain('Table 1: Recorded crime by category');
    expect(flat).not.toContain('SEQ');
    expect(flat).toContain(`<script>alert('x')</script> & "quoted" ]]>`);
    for (const header of ['Crime type', 'Change']) expect(flat).toContain(header);
    for (const number of ['1,234', '5,421', '16,987', '17,201', '+214', '-8']) expect(flat).toContain(number);
    expect(flat).toContain('Source: police.uk street-level data, retrieved 12 Jan 2018 & "checked"');
    // The table sits where it was inserted: after paragraph 1.1, before 1.2.
    const at = (needle: string) => flat.indexOf(needle);
    expect(at('1.1 The Safer Maidstone Partnership')).toBeGreaterThan(-1);
    expect(at('1.1 The Safer Maidstone Partnership')).toBeLessThan(at('Recorded crime by category'));
    expect(at('Source: police.uk street-level data')).toBeLessThan(at('1.2 Under the Crime and Disorder'));
  });
});
