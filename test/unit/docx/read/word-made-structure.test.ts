/** Tables, content controls and pictures in Word-made files, checked against their XML. */
import type { ReportSnapshot, TableCell } from '../../../../src/core/report/snapshot';
import { readFixture, WORD_MADE } from '../fixtures';

const cells = (snapshot: ReportSnapshot): TableCell[] =>
  snapshot.tables.flatMap((table) => table.rows.flatMap((row) => row.cells));

describe('tables', () => {
  it('counts the 12 horizontal and 4 vertical merges of table-complex.docx', () => {
    const snapshot = readFixture(WORD_MADE.tableComplex);
    expect(snapshot.tables).toHaveLength(1);
    expect(snapshot.tables[0]?.rows).toHaveLength(6);
    const all = cells(snapshot);
    // <w:gridSpan w:val="2"/> ×9, "3" ×2, "4" ×1.
    expect(
      all
        .filter((c) => c.gridSpan > 1)
        .map((c) => c.gridSpan)
        .sort(),
    ).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4]);
    // <w:vMerge w:val="restart"/> ×2 and <w:vMerge/> ×2.
    expect(all.filter((c) => c.vMerge === 'restart')).toHaveLength(2);
    expect(all.filter((c) => c.vMerge === 'continue')).toHaveLength(2);
    expect(snapshot.tables[0]?.rows[0]?.cells.map((c) => [c.text, c.gridSpan])).toEqual([
      ['1', 2],
      ['2', 3],
      ['3', 1],
      ['4', 1],
    ]);
  });

  it('reads the four 3×3 tables of tbl-cell-access.docx with their merges', () => {
    const snapshot = readFixture(WORD_MADE.tblCellAccess);
    expect(snapshot.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.text).join('|')))).toEqual([
      ['1|2|3', '4|5|6', '7|8|9'],
      ['1|2|3', '4|6', '7|8|9'],
      ['1|2|3', '4|5|6', '7||9'],
      ['1|2|3', '4|6', '|9'],
    ]);
    expect(snapshot.tables[1]?.rows[1]?.cells[0]).toMatchObject({ text: '4', gridSpan: 2, vMerge: null });
    expect(snapshot.tables[2]?.rows.map((row) => row.cells[1]?.vMerge)).toEqual([
      null,
      'restart',
      'continue',
    ]);
    expect(snapshot.tables[3]?.rows[2]?.cells[0]).toMatchObject({ gridSpan: 2, vMerge: 'continue' });
    expect(snapshot.tables.map((t) => [t.firstParagraph, t.lastParagraph, t.depth])).toEqual([
      [0, 8, 0],
      [10, 17, 0],
      [19, 27, 0],
      [29, 35, 0],
    ]);
  });

  it('keeps the paragraphs of a merged cell together (HC029)', () => {
    const snapshot = readFixture(WORD_MADE.mergedCells);
    expect(snapshot.tables[0]?.rows[1]?.cells[0]).toEqual({
      text: '100\n400',
      gridSpan: 1,
      vMerge: 'restart',
      paragraphs: [3, 4],
    });
    expect(snapshot.tables[1]?.rows[1]?.cells[0]).toEqual({
      text: '100\n200',
      gridSpan: 2,
      vMerge: null,
      paragraphs: [14, 15],
    });
  });

  it('marks the repeating header row of the business plan table', () => {
    const table = readFixture(WORD_MADE.businessPlan).tables[0];
    expect(table?.rows.map((row) => row.header)).toEqual([true, ...Array<boolean>(15).fill(false)]);
    expect(table?.rows[0]?.cells[0]?.text).toBe('Factor');
  });

  it('gives each cell paragraph its table, row and cell', () => {
    const snapshot = readFixture(WORD_MADE.tables);
    expect(snapshot.paragraphs.map((p) => p.cell)).toEqual([
      null,
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 0, row: 1, cell: 0 },
      { table: 0, row: 1, cell: 1 },
      null,
    ]);
  });
});

describe('content controls', () => {
  it('reads the five kinds in ContentControls.docx', () => {
    expect(
      readFixture(WORD_MADE.contentControls).contentControls.map((c) => [
        c.id,
        c.tag,
        c.title,
        c.kind,
        c.inline,
        c.text,
      ]),
    ).toEqual([
      [
        '1111861867',
        'RichTextContentControl',
        'RichTextContentControl',
        'richText',
        false,
        expect.stringMatching(/^Video provides/),
      ],
      [
        '-329529258',
        'Plain text content control',
        'Plain text content control',
        'plainText',
        true,
        'make your document look professionally',
      ],
      ['-132646417', null, null, 'picture', false, ''],
      ['-1047533240', 'CheckBoxContentControl', 'CheckBoxContentControl', 'checkBox', false, '☐'],
      ['1891146277', 'ComboBoxContentControl', 'ComboBoxContentControl', 'comboBox', false, 'Two'],
    ]);
  });

  it('reads the 17 nested controls (16 tagged) of ContentControlsNested.docx, table rows and cells included', () => {
    const controls = readFixture(WORD_MADE.contentControlsNested).contentControls;
    expect(controls).toHaveLength(17);
    expect(controls.filter((c) => c.tag !== null)).toHaveLength(16);
    expect(controls.slice(0, 12).map((c) => [c.tag, c.firstParagraph, c.lastParagraph, c.text])).toEqual([
      ['MyTable', 0, 8, expect.stringMatching(/^Lorem ipsum dolor sit amet\n/)],
      ['Latin1', 0, 0, 'Lorem ipsum dolor sit amet'],
      ['Latin2', 1, 1, 'Consectetuer adipiscing elit'],
      ['Latin3', 2, 2, 'Maecenas porttitor congue massa.'],
      ['Row1', 3, 5, '100\n200\n300'],
      ['Data11', 3, 3, '100'],
      ['Data12', 4, 4, '200'],
      ['Data13', 5, 5, '300'],
      ['Row2', 6, 8, '400\n500\n600'],
      ['Data21', 6, 6, '400'],
      ['Data22', 7, 7, '500'],
      ['Data23', 8, 8, '600'],
    ]);
  });

  it('reads the data-bound controls and their kinds', () => {
    expect(readFixture(WORD_MADE.dataBound).contentControls.map((c) => [c.tag, c.kind, c.text])).toEqual([
      ['Name', 'plainText', 'Eric White'],
      ['Company', 'richText', 'Microsoft Corporation'],
      ['Address', 'plainText', 'One Microsoft Way'],
      ['City', 'plainText', 'Redmond'],
      ['State', 'plainText', 'WA'],
      ['Country', 'plainText', 'USA'],
      ['PostalCode', 'plainText', '98052'],
    ]);
  });

  it('counts only main-story controls: the four in HC031 text boxes are not in body order', () => {
    // document.xml holds 22 w:sdt; 4 are inside text boxes (2 in mc:Choice, the same 2 in mc:Fallback).
    expect(readFixture(WORD_MADE.complicated).contentControls).toHaveLength(18);
    expect(readFixture(WORD_MADE.memoTemplate).contentControls.filter((c) => c.tag !== null)).toEqual([]);
    expect(readFixture(WORD_MADE.memoTemplate).contentControls).toHaveLength(12);
    expect(readFixture(WORD_MADE.chartCachedData).contentControls.map((c) => c.tag)).toEqual(['Chart4']);
    expect(readFixture(WORD_MADE.sampleDoc).contentControls.map((c) => c.tag)).toEqual(['MyControl']);
  });
});

describe('pictures', () => {
  it('reads names and absent alternative text as null', () => {
    expect(readFixture(WORD_MADE.tinyPicture).pictures).toEqual([
      { paragraph: 0, name: 'Picture 1', altText: null, title: null, decorative: false },
    ]);
    expect(readFixture(WORD_MADE.inlineShapes).pictures.map((x) => [x.paragraph, x.name, x.altText])).toEqual(
      [
        [0, 'Picture 1', null],
        [2, 'monty-truth.png', null],
        [4, 'python-icon.jpeg', null],
        [6, 'Diagram 3', null],
        [8, 'Chart 5', null],
      ],
    );
  });

  it('reads alternative text where Word wrote it', () => {
    expect(readFixture(WORD_MADE.docx4jSample).pictures.map((x) => [x.paragraph, x.name, x.altText])).toEqual(
      [
        [
          55,
          'Picture 1',
          'C:\\Documents and Settings\\Jason Harrop\\My Documents\\tmp-test-docs\\pangolin.jpeg',
        ],
        [59, 'Picture 2', 'Escher: Liberation'],
        [63, 'Picture 5', 'http://davidpritchard.org/images/pacsoc-s1b.png'],
      ],
    );
  });

  it('reads the decorative mark and leaves text boxes out', () => {
    expect(readFixture(WORD_MADE.memoTemplate).pictures).toEqual([
      { paragraph: 0, name: 'Group 6', altText: null, title: null, decorative: true },
    ]);
    // SampleDoc: a picture, SmartArt and a chart; its WordArt text box ("Teardrop 1") is not a picture.
    expect(readFixture(WORD_MADE.sampleDoc).pictures.map((x) => x.name)).toEqual([
      'Picture 4',
      'Diagram 5',
      'Chart 3',
    ]);
    expect(readFixture(WORD_MADE.chartPie).pictures.map((x) => x.name)).toEqual(['Chart 3']);
  });
});
