/**
 * What a spreadsheet chart draws by default: count columns only (no dates, no percentages, rates
 * or changes beside counts), no total rows; what it left out said for the officer; the columns
 * named with `series` drawn instead. Grids as the workbook reader gives them (text as shown,
 * the number behind it), so the rules hold for any partner's workbook, not one fixture.
 */
import type { GridCell, SheetGrid } from '../../../../src/core/data/spreadsheet';
import {
  chooseSheetSeries,
  columnKind,
  isTotalLabel,
  leftOutSentence,
} from '../../../../src/core/charts/sheet-series';
import { sheetChart } from '../../../../src/core/charts/spreadsheet';

type Cell = string | [string, number];
const cell = (c: Cell): GridCell =>
  typeof c === 'string'
    ? { text: c, value: null, columnSpan: 1 }
    : { text: c[0], value: c[1], columnSpan: 1 };

function grid(rows: Cell[][]): SheetGrid {
  return {
    fileName: 'partner.xlsx',
    sheet: 'Data',
    label: 'Data!A1:E9',
    range: { top: 0, left: 0, bottom: rows.length - 1, right: (rows[0]?.length ?? 1) - 1 },
    rowNumbers: rows.map((_, i) => i + 1),
    columns: (rows[0] ?? []).map((_, i) => String.fromCharCode(65 + i)),
    rows: rows.map((r) => r.map(cell)),
  };
}

/** fires.xlsx as the reader shows it: counts, a change, a percentage, a date and a total row. */
const FIRES = grid([
  ['Ward', 'Deliberate fires 2023-24', 'Deliberate fires 2024-25', 'Change', 'Change %', 'Last incident'],
  ['Bearsted', ['1,234', 1234], ['1,302', 1302], ['68.00', 68], ['5.5%', 0.055], ['14 Mar 2025', 45730]],
  ['High Street', ['40', 40], ['31', 31], ['(9.00)', -9], ['-22.5%', -0.225], ['01 Dec 2024', 45627]],
  ['Shepway North', ['0', 0], ['12', 12], ['12.00', 12], 'n/a', ''],
  ['Total (all wards)', '', '', ['71.00', 71], '', ''],
]);

describe('a spreadsheet chart by default', () => {
  test('draws the count columns and leaves out the change, the percentage, the date and the total row', () => {
    const choice = chooseSheetSeries(FIRES, undefined);
    expect(choice.series.map((s) => s.name)).toEqual([
      'Deliberate fires 2023-24',
      'Deliberate fires 2024-25',
    ]);
    expect(choice.rows).toEqual([0, 1, 2]);
    expect(leftOutSentence(choice.leftOut)).toBe(
      'Not drawn: Change, Change % (not on the same scale as the columns drawn); Last incident (dates); ' +
        'the row Total (all wards) (a total would dwarf the rows it adds up).',
    );
  });

  test('the alt text describes only what is drawn', () => {
    const model = sheetChart({ grid: FIRES, kind: 'spreadsheet-bar', title: 'Fires', source: 's' });
    expect(model.description).toContain(
      'Bar chart of Deliberate fires 2023-24, Deliberate fires 2024-25 by ward',
    );
    expect(model.description).toContain('3 values each');
    expect(model.description).not.toMatch(/Last incident|Change|Total/);
    expect(model.figures.map((f) => f.where)).not.toContain('Total (all wards), Change');
    expect(model.note).toMatch(/^Not drawn: Change, Change %/);
  });

  test('draws percentages and rates when they are all the sheet has', () => {
    const rates = grid([
      ['District', 'Rate per 1,000', 'Detected %'],
      ['Maidstone', ['61.2', 61.2], ['12%', 0.12]],
      ['Swale', ['70.4', 70.4], ['9%', 0.09]],
      ['Kent', ['65.0', 65], ['10%', 0.1]],
    ]);
    const choice = chooseSheetSeries(rates, undefined);
    expect(choice.series.map((s) => s.name)).toEqual(['Rate per 1,000', 'Detected %']);
    expect(choice.leftOut).toEqual({ columns: [], rows: [] });
    expect(
      sheetChart({ grid: rates, kind: 'spreadsheet-line', title: 't', source: 's' }).note,
    ).toBeUndefined();
  });

  test('never draws a date shown among numbers (its serial number would tower over them)', () => {
    const mixed = grid([
      ['Item', 'Value'],
      ['Number', ['3.14', 3.14]],
      ['Integer', ['5', 5]],
      ['Date', ['17/05/2016', 42507]],
    ]);
    const model = sheetChart({ grid: mixed, kind: 'spreadsheet-bar', title: 't', source: 's' });
    expect(model.figures).toEqual([
      { where: 'Number, Value', value: '3.14' },
      { where: 'Integer, Value', value: '5' },
    ]);
  });

  test('a sheet of dates only is refused, saying why', () => {
    const dates = grid([
      ['Ward', 'Last incident'],
      ['Bearsted', ['2025-03-14', 45730]],
    ]);
    expect(() => sheetChart({ grid: dates, kind: 'spreadsheet-bar', title: 't', source: 's' })).toThrow(
      /No column .* holds numbers to chart \(Last incident holds dates\)/,
    );
  });
});

describe('column kinds and total rows', () => {
  test.each([
    ['Crimes', ['1,204', '(9)', '£1 200', '1.2E+03'], 'count'],
    ['Crimes', ['14/03/2025', '2025-03-14', '14 Mar 2025', '10:30'], 'date'],
    ['Share', ['5.5%', '(2.0%)'], 'relative'],
    ['Rate per 1,000 residents', ['61.2'], 'relative'],
    ['Percentage detected', ['12'], 'relative'],
    ['Change on last year', ['-9'], 'relative'],
    ['Notes', [], 'text'],
  ])('%s shown as %j is %s', (header, texts, kind) => {
    expect(
      columnKind(
        header,
        texts.map((t, i) => cell([t, i + 1])),
      ),
    ).toBe(kind);
  });

  test.each([
    ['Total', true],
    ['Grand total', true],
    ['Total (all wards)', true],
    ['Kent total', true],
    ['Subtotal', true],
    ['All', true],
    ['All wards', true],
    ['All districts', true],
    ['Allington', false],
    ['All Saints', false],
    ['Totteridge', false],
    ['Maidstone', false],
  ])('%s is a total row: %s', (label, total) => {
    expect(isTotalLabel(label)).toBe(total);
  });

  test('a sheet of nothing but total rows keeps them', () => {
    const totals = grid([
      ['Area', 'Crimes'],
      ['Total', ['10', 10]],
    ]);
    expect(chooseSheetSeries(totals, undefined).rows).toEqual([0]);
  });
});

describe('the columns the officer names (option series)', () => {
  test('are drawn, by header or column letter, whatever their kind', () => {
    const choice = chooseSheetSeries(FIRES, 'change, C');
    expect(choice.series.map((s) => s.name)).toEqual(['Change', 'Deliberate fires 2024-25']);
    expect(choice.leftOut.columns.map((c) => c.name)).toEqual([
      'Deliberate fires 2023-24',
      'Change %',
      'Last incident',
    ]);
    expect(leftOutSentence(choice.leftOut)).toBe(
      'Not drawn: Deliberate fires 2023-24, Change % (not among the columns chosen); Last incident (dates); ' +
        'the row Total (all wards) (a total would dwarf the rows it adds up).',
    );
  });

  test('an unknown column or a column of dates is refused, naming the columns', () => {
    expect(() => chooseSheetSeries(FIRES, 'Fires')).toThrow(
      /no column "Fires" to chart\. Its columns beside the first are: Deliberate fires 2023-24, .*Last incident\./,
    );
    expect(() => chooseSheetSeries(FIRES, 'Last incident')).toThrow(/holds dates/);
  });
});
