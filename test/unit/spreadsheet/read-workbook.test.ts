/**
 * The workbook reader on real files: Excel (Windows, Mac, for the web), Google Sheets and
 * LibreOffice-made .xlsx and .ods (test/fixtures/spreadsheets, see its README). Values must come
 * out as the spreadsheet shows them; bad files must be refused with a ReportError saying what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrid, summariseWorkbook, type SheetGrid } from '../../../src/core/data/spreadsheet';
import { ReportError } from '../../../src/core/errors';
import { readWorkbook } from '../../../src/spreadsheet/read-workbook';

const DIR = join(__dirname, '..', '..', 'fixtures', 'spreadsheets');
const open = (name: string) => readWorkbook(new Uint8Array(readFileSync(join(DIR, name))), name);
/** Any real Word-made file. */
const WORD_FILE = 'OpenXmlDev__Open-Xml-PowerTools/RA001-Tracked-Revisions-01.docx';
const texts = (grid: SheetGrid) => grid.rows.map((row) => row.map((c) => c.text));

function refusal(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError');
}

describe.each(['fires.xlsx', 'fires.ods'])('%s (made by LibreOffice Calc)', (file) => {
  const workbook = open(file);

  test('lists its sheets, its table and its defined name', () => {
    const summary = summariseWorkbook(workbook);
    expect(summary.sheets).toEqual([
      { name: 'Fires', kind: 'worksheet', used: 'A1:G6' },
      { name: 'Notes', kind: 'worksheet', used: 'A1' },
    ]);
    expect(summary.tables).toEqual([{ name: 'FireTable', sheet: 'Fires', range: 'A1:C3' }]);
    expect(summary.names.map((n) => n.name)).toEqual(['FireCounts']);
  });

  test('shows cells as the workbook does, without the hidden row and column', () => {
    const grid = readGrid(workbook, {});
    expect(grid.columns).toEqual(['A', 'B', 'C', 'D', 'F', 'G']);
    expect(grid.rowNumbers).toEqual([1, 2, 3, 5, 6]);
    expect(texts(grid)).toEqual([
      ['Ward', 'Deliberate fires 2023-24', 'Deliberate fires 2024-25', 'Change', 'Change %', 'Last incident'],
      // thousands separators, a formula's saved result with two decimals, a percentage, a date
      ['Bearsted', '1,234', '1,302', '68.00', '5.5%', '14 Mar 2025'],
      // negatives in brackets, as the format says
      ['High Street', '40', '31', '(9.00)', '-22.5%', '01 Dec 2024'],
      ['Shepway North', '0', '12', '12.00', 'n/a', ''],
      ['Total (all wards)', '', '', '71.00', '', ''],
    ]);
    expect(grid.rows[1]?.[1]?.value).toBe(1234);
    expect(grid.rows[2]?.[3]?.value).toBe(-9);
  });

  test('keeps the merged total cell as one cell spanning three columns', () => {
    const total = readGrid(workbook, {}).rows[4]!;
    expect(total.map((c) => c.columnSpan)).toEqual([3, 0, 0, 1, 1, 1]);
  });

  test('reads a table, a defined name and an A1 range', () => {
    expect(texts(readGrid(workbook, { table: 'firetable' }))[2]).toEqual(['High Street', '40', '31']);
    expect(texts(readGrid(workbook, { name: 'FireCounts' }))).toHaveLength(3);
    expect(texts(readGrid(workbook, { sheet: 'Fires', range: 'B2:C3' }))).toEqual([
      ['1,234', '1,302'],
      ['40', '31'],
    ]);
  });

  test('a sheet or table that does not exist is refused, naming those that do', () => {
    const sheet = refusal(() => readGrid(workbook, { sheet: 'Fire' }));
    expect(sheet.code).toBe('sheet-unknown');
    expect(sheet.message).toContain('"Fires", "Notes"');
    const table = refusal(() => readGrid(workbook, { table: 'Nope' }));
    expect(table.message).toContain('"FireTable"');
    expect(refusal(() => readGrid(workbook, { range: 'B2:' })).code).toBe('range-invalid');
  });

  test('a range with no cell in the sheet’s used range is refused, naming the used range', () => {
    const outside = refusal(() => readGrid(workbook, { sheet: 'Fires', range: 'Z900:AB910' }));
    expect(outside.code).toBe('range-outside-sheet');
    expect(outside.message).toContain('Fires!Z900:AB910');
    expect(outside.message).toContain('(A1:G6)');
    // Beside the used range (columns H on, rows 7 on) is outside too.
    expect(refusal(() => readGrid(workbook, { sheet: 'Fires', range: 'H1:J6' })).code).toBe(
      'range-outside-sheet',
    );
    expect(refusal(() => readGrid(workbook, { sheet: 'Fires', range: 'A7:G9' })).code).toBe(
      'range-outside-sheet',
    );
  });

  test('a range that overlaps the used range is kept whole, its cells outside empty', () => {
    // F5:H7: F5:G6 is used; column H and row 7 are outside (E is hidden, so not in this range).
    const grid = readGrid(workbook, { sheet: 'Fires', range: 'F5:H7' });
    expect(grid.columns).toEqual(['F', 'G', 'H']);
    expect(grid.rowNumbers).toEqual([5, 6, 7]);
    expect(texts(grid)[2]).toEqual(['', '', '']);
  });
});

describe('files from Excel, Excel for the web and Google Sheets', () => {
  test('dates: the 1904 date system and Excel’s short date shown day first', () => {
    // 1904.xlsx (Excel 2010) holds serial 0 formatted as a date: 1 Jan 1904 in that system.
    expect(readGrid(open('1904.xlsx'), {}).rows[2]?.[0]?.text).toBe('01/01/1904');
    // gold.xlsx: a date in Excel's built-in short date format, which follows the reader's locale.
    expect(readGrid(open('gold.xlsx'), {}).rows[3]?.map((c) => c.text)).toEqual(['Date', '17/05/2016']);
  });

  test('formulas by their saved values (shared formulas and string results)', () => {
    const fib = readGrid(open('fibonacci.xlsx'), {});
    expect(fib.rows[18]?.map((c) => c.text)).toEqual(['19', '4181']);
    expect(readGrid(open('formulas.xlsx'), {}).rows[1]?.[0]?.text).toBe('someone@example.com');
  });

  test('hidden rows and columns in files from Google Sheets and LibreOffice', () => {
    for (const file of ['google-sheets.xlsx', 'libre-calc-as-excel-2007-365.xlsx']) {
      const grid = readGrid(open(file), {});
      expect(texts(grid)).toEqual([
        ['BEGIN', 'VISIBLE'],
        ['VISIBLE', ''],
      ]);
    }
  });

  test('a chart sheet is listed as one and refused as a range, naming the sheet of cells', () => {
    const workbook = open('chart-sheet.xlsx');
    expect(workbook.sheets.map((s) => s.kind)).toEqual(['chart', 'worksheet']);
    // No --sheet: the first worksheet, not the chart sheet before it.
    expect(readGrid(workbook, {}).sheet).toBe('Sheet1');
    const error = refusal(() => readGrid(workbook, { sheet: 'Chart1' }));
    expect(error.code).toBe('sheet-is-chart');
    expect(error.message).toContain('"Sheet1"');
  });

  test('merged cells, columns past Z, escaped shared strings, XML strict parsers reject', () => {
    const merged = readGrid(open('test-pr-1204.xlsx'), {});
    expect(merged.rows[0]?.[0]).toMatchObject({ text: 'PROJECT NAME', columnSpan: 4, rowMerge: 'start' });
    expect(merged.rows[1]?.[0]).toMatchObject({ text: '', columnSpan: 4, rowMerge: 'continue' });
    expect(readGrid(open('many-columns.xlsx'), {}).columns.at(-1)).toBe('T');
    expect(readGrid(open('shared_string_with_escape.xlsx'), {}).rows[0]?.[0]?.text).toBe('_x000D_');
    expect(readGrid(open('invalid-xml.xlsx'), {}).rows[0]?.map((c) => c.text.trim())).toEqual(['foo', 'bar']);
  });

  test('a defined name that is not a range is refused as such', () => {
    const error = refusal(() => readGrid(open('bogus-defined-name.xlsx'), { name: 'foo' }));
    expect(error.code).toBe('name-not-range');
  });

  test('an empty sheet (Excel for the web) says so', () => {
    expect(refusal(() => readGrid(open('test-issue-1842.xlsx'), {})).code).toBe('sheet-empty');
    expect(open('test-issue-257.xlsx').sheets.map((s) => s.name)).toEqual(['First', 'Second']);
  });
});

describe('bad input: a clear error', () => {
  test.each([
    ['password.xlsx', 'workbook-password', 'password'],
    ['plain.xls', 'workbook-old-format', 'save it as .xlsx'],
    ['missing-bits.xlsx', 'workbook-damaged', 'damaged'],
  ])('%s', (file, code, words) => {
    const error = refusal(() => open(file));
    expect(error.code).toBe(code);
    expect(error.message).toContain(file);
    expect(error.message).toContain(words);
  });

  test('not a workbook at all: text, a PDF, a Word document, an empty file', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(refusal(() => readWorkbook(bytes('Ward,Fires\nBearsted,31\n'), 'fires.csv')).code).toBe(
      'workbook-not-spreadsheet',
    );
    expect(refusal(() => readWorkbook(bytes('%PDF-1.7 …'), 'fires.pdf')).message).toContain('PDF');
    expect(refusal(() => readWorkbook(new Uint8Array(0), 'empty.xlsx')).code).toBe('workbook-empty');
    const docx = new Uint8Array(readFileSync(join(DIR, '..', 'word-made', WORD_FILE)));
    expect(refusal(() => readWorkbook(docx, 'report.xlsx')).message).toContain('Word document');
  });

  test('a formula with no saved result says to open and save the workbook', () => {
    const error = refusal(() => readGrid(open('nocache.xlsx'), {}));
    expect(error.code).toBe('formula-no-value');
    expect(error.message).toContain('Fires!D2');
    expect(error.message).toContain('save it');
  });

  test('a range over 5,000 cells is too big for a committee table', () => {
    const error = refusal(() => readGrid(open('fires.xlsx'), { range: 'A1:Z300' }));
    expect(error.code).toBe('range-too-big');
    expect(error.message).toContain('7,475');
    expect(error.message).toContain('5,000');
  });
});
