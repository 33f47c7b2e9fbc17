/**
 * A partner's workbook (.xlsx or .ods) as the live elements see it: sheets of cells, each cell's
 * text exactly as the spreadsheet shows it (number formats applied by the reader), with the
 * hidden rows and columns, merged cells, tables and defined names. The reading itself (zip, XML,
 * number formats) is done outside the core by `src/spreadsheet/`; this module only chooses a
 * range and turns it into a table, so it stays pure and testable with plain data.
 *
 * Rows and columns are 0-based here; A1 references are what people see.
 */
import { ReportError } from '../errors';

export interface SheetCell {
  /** As the spreadsheet shows it: "1,234", "(9.00)", "5.5%", "14/03/2025". */
  text: string;
  /** The number behind a numeric (or date) cell; null for text, booleans and errors. */
  value: number | null;
  /** A formula whose result was never saved (the file was written by a program that does not calculate). */
  formulaWithoutValue?: boolean;
}

/** Inclusive, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WorkbookSheet {
  name: string;
  /** A chart sheet holds a chart, not cells. */
  kind: 'worksheet' | 'chart';
  /** The used range, or null when the sheet is empty. */
  used: CellRange | null;
  hiddenRows: ReadonlySet<number>;
  hiddenColumns: ReadonlySet<number>;
  merges: readonly CellRange[];
  /** The cell at a position, or undefined when it is empty. */
  cell(row: number, column: number): SheetCell | undefined;
}

/** An Excel table (Insert > Table): a named range with its header row. */
export interface WorkbookTable {
  name: string;
  sheet: string;
  range: CellRange;
}

export interface DefinedName {
  name: string;
  /** What it refers to as written: "Fires!$A$1:$C$3", or a formula. */
  refersTo: string;
}

export interface Workbook {
  /** The file's name without folders: what a region records and a refresh matches. */
  fileName: string;
  format: 'xlsx' | 'ods';
  sheets: readonly WorkbookSheet[];
  tables: readonly WorkbookTable[];
  names: readonly DefinedName[];
}

/** Which cells a region shows. At most one of range, table and name. */
export interface RangeSelection {
  /** Default: the first worksheet (or the table's or name's own sheet). */
  sheet?: string;
  /** "A1:D20" (or "$A$1:$D$20"). Default: the sheet's used range. */
  range?: string;
  table?: string;
  name?: string;
}

/** A committee table bigger than this is not readable on paper. */
export const MAX_TABLE_CELLS = 5000;

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function formatRange(range: CellRange): string {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  const end = `${columnLetters(range.right)}${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

// Excel's limits: 16,384 columns (XFD), 1,048,576 rows.
const MAX_COLUMN = 16383;
const MAX_ROW = 1048575;
const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "B2:D20", "$B$2:$D$20" or "B2" as a range; null when the text is not one. */
export function parseRange(text: string): CellRange | null {
  const parts = text.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p.trim()));
  if (cells.some((c) => c === null)) return null;
  const points = cells.map((c) => ({
    column: columnIndex((c as RegExpExecArray)[1] ?? ''),
    row: Number((c as RegExpExecArray)[2]) - 1,
  }));
  if (points.some((p) => p.row < 0 || p.row > MAX_ROW || p.column > MAX_COLUMN)) return null;
  const [a, b = a] = points as [{ column: number; row: number }, { column: number; row: number }?];
  const end = b ?? a;
  return {
    top: Math.min(a.row, end.row),
    bottom: Math.max(a.row, end.row),
    left: Math.min(a.column, end.column),
    right: Math.max(a.column, end.column),
  };
}

/** "'Fire data'!$A$1:$C$3" → { sheet: "Fire data", range }; null when it is not a plain range. */
export function parseSheetReference(text: string): { sheet: string | null; range: CellRange } | null {
  const trimmed = text.trim().replace(/^=/, '');
  const bang = trimmed.lastIndexOf('!');
  let sheet: string | null = null;
  let ref = trimmed;
  if (bang !== -1) {
    const rawSheet = trimmed.slice(0, bang);
    ref = trimmed.slice(bang + 1);
    sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    if (sheet === '' || /[[\]]/.test(sheet)) return null;
  }
  // LibreOffice writes the second cell's sheet too ("$Fires.$A$1:.$C$3" in .ods, cleaned by the reader).
  const range = parseRange(ref);
  return range ? { sheet, range } : null;
}

function problem(code: string, message: string, fileName: string): ReportError {
  return new ReportError(code, message, fileName);
}

function listOf(names: readonly string[]): string {
  const shown = names.slice(0, 15).map((n) => `"${n}"`);
  return shown.join(', ') + (names.length > 15 ? ', …' : '');
}

function worksheetsOf(workbook: Workbook): WorkbookSheet[] {
  return workbook.sheets.filter((s) => s.kind === 'worksheet');
}

function findSheet(workbook: Workbook, name: string): WorkbookSheet {
  const sheet =
    workbook.sheets.find((s) => s.name === name) ??
    workbook.sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  const worksheets = worksheetsOf(workbook).map((s) => s.name);
  if (!sheet) {
    throw problem(
      'sheet-unknown',
      `${workbook.fileName} has no sheet "${name}". Its sheets are ${listOf(worksheets)}.`,
      workbook.fileName,
    );
  }
  if (sheet.kind === 'chart') {
    throw problem(
      'sheet-is-chart',
      `"${sheet.name}" in ${workbook.fileName} is a chart sheet, which holds a picture rather than cells. ` +
        (worksheets.length > 0
          ? `Choose the sheet with its figures: ${listOf(worksheets)}.`
          : 'The workbook has no sheet of cells.'),
      workbook.fileName,
    );
  }
  return sheet;
}

/** Where the selection points: a sheet and a range of it, with how to name it in messages. */
export interface ResolvedRange {
  sheet: WorkbookSheet;
  range: CellRange;
  /** "Fires!A1:G6", "table FireTable", "name FireCounts": for source lines and messages. */
  label: string;
}

export function resolveSelection(workbook: Workbook, selection: RangeSelection): ResolvedRange {
  const chosen = [selection.range, selection.table, selection.name].filter(
    (x) => x !== undefined && x !== '',
  );
  if (chosen.length > 1) {
    throw problem(
      'range-ambiguous',
      'Give a range, a table or a defined name, not more than one.',
      workbook.fileName,
    );
  }
  if (selection.table) {
    const wanted = selection.table.trim().toLowerCase();
    const table = workbook.tables.find((t) => t.name.toLowerCase() === wanted);
    if (!table) {
      throw problem(
        'table-unknown',
        `${workbook.fileName} has no table "${selection.table}". ` +
          (workbook.tables.length > 0
            ? `Its tables are ${listOf(workbook.tables.map((t) => t.name))}.`
            : 'It has no tables (Insert > Table in Excel); give a range such as A1:D20 instead.'),
        workbook.fileName,
      );
    }
    return { sheet: findSheet(workbook, table.sheet), range: table.range, label: `table ${table.name}` };
  }
  if (selection.name) {
    const wanted = selection.name.trim().toLowerCase();
    const name = workbook.names.find((n) => n.name.toLowerCase() === wanted);
    if (!name) {
      throw problem(
        'name-unknown',
        `${workbook.fileName} has no defined name "${selection.name}". ` +
          (workbook.names.length > 0
            ? `Its names are ${listOf(workbook.names.map((n) => n.name))}.`
            : 'It has no defined names; give a range such as A1:D20 instead.'),
        workbook.fileName,
      );
    }
    const ref = parseSheetReference(name.refersTo);
    if (!ref) {
      throw problem(
        'name-not-range',
        `The name "${name.name}" in ${workbook.fileName} is not a plain range of cells (it is ${name.refersTo}); give the range itself, such as A1:D20.`,
        workbook.fileName,
      );
    }
    const sheet = ref.sheet ? findSheet(workbook, ref.sheet) : defaultSheet(workbook, selection.sheet);
    const label = `name ${name.name}`;
    return {
      sheet,
      range: withinUsed(workbook, sheet, ref.range, `${label} (${formatRange(ref.range)})`),
      label,
    };
  }
  const sheet = defaultSheet(workbook, selection.sheet);
  if (selection.range) {
    const range = parseRange(selection.range);
    if (!range) {
      throw problem(
        'range-invalid',
        `"${selection.range}" is not a range of cells; write it as Excel does, for example A1:D20.`,
        workbook.fileName,
      );
    }
    const label = `${sheet.name}!${formatRange(range)}`;
    return { sheet, range: withinUsed(workbook, sheet, range, label), label };
  }
  if (!sheet.used) {
    throw problem(
      'sheet-empty',
      `The sheet "${sheet.name}" in ${workbook.fileName} is empty.`,
      workbook.fileName,
    );
  }
  return { sheet, range: sheet.used, label: `${sheet.name}!${formatRange(sheet.used)}` };
}

/**
 * A range the officer named, refused when it has no cell in common with the sheet's used range:
 * it would be an empty table (a mistyped row number, or figures moved in a newer copy). A range
 * that overlaps the used range is kept whole: its cells outside are empty in the workbook too, and
 * a range drawn a little wider than today's figures lets the table grow when rows are added.
 */
function withinUsed(workbook: Workbook, sheet: WorkbookSheet, range: CellRange, label: string): CellRange {
  const used = sheet.used;
  if (!used) {
    throw problem(
      'sheet-empty',
      `The sheet "${sheet.name}" in ${workbook.fileName} is empty, so ${label} has nothing to show.`,
      workbook.fileName,
    );
  }
  const overlaps =
    range.top <= used.bottom &&
    range.bottom >= used.top &&
    range.left <= used.right &&
    range.right >= used.left;
  if (!overlaps) {
    throw problem(
      'range-outside-sheet',
      `${label} in ${workbook.fileName} is outside the cells the sheet "${sheet.name}" uses (${formatRange(used)}), ` +
        `so the table would be empty. Choose a range within ${formatRange(used)}, or leave the range out to use the whole sheet.`,
      workbook.fileName,
    );
  }
  return range;
}

function defaultSheet(workbook: Workbook, name: string | undefined): WorkbookSheet {
  if (name !== undefined && name !== '') return findSheet(workbook, name);
  const first = worksheetsOf(workbook)[0];
  if (!first) {
    throw problem(
      'workbook-no-sheets',
      `${workbook.fileName} has no sheet of cells (only chart sheets, or none at all).`,
      workbook.fileName,
    );
  }
  return first;
}

/** A cell of the table: its text and, for merges, how many columns and rows it covers. */
export interface GridCell extends SheetCell {
  /** Columns it spans (1 unless merged across); 0 for a cell covered by a merge to its left. */
  columnSpan: number;
  /** "start" of a merge down the rows, "continue" under it, absent otherwise. */
  rowMerge?: 'start' | 'continue';
}

/** The visible cells of a range, the first row being the header. */
export interface SheetGrid {
  fileName: string;
  sheet: string;
  /** The range as chosen ("Fires!A1:G6", "table FireTable"). */
  label: string;
  range: CellRange;
  /** The sheet's row number (1-based) of each grid row, header first. */
  rowNumbers: number[];
  /** The sheet's column letters of each grid column. */
  columns: string[];
  rows: GridCell[][];
}

const EMPTY: SheetCell = { text: '', value: null };

/**
 * The visible cells of the selection (hidden rows and columns left out), merged cells kept as
 * spans. Refuses a range over MAX_TABLE_CELLS visible cells and formulas without a saved value.
 */
export function readGrid(workbook: Workbook, selection: RangeSelection): SheetGrid {
  const { sheet, range, label } = resolveSelection(workbook, selection);
  const rows: number[] = [];
  const columns: number[] = [];
  // Count first, so a huge range is refused before any cell is visited.
  const height = range.bottom - range.top + 1;
  const width = range.right - range.left + 1;
  let hiddenRows = 0;
  for (const r of sheet.hiddenRows) if (r >= range.top && r <= range.bottom) hiddenRows++;
  let hiddenColumns = 0;
  for (const c of sheet.hiddenColumns) if (c >= range.left && c <= range.right) hiddenColumns++;
  const cells = (height - hiddenRows) * (width - hiddenColumns);
  if (cells > MAX_TABLE_CELLS) {
    throw problem(
      'range-too-big',
      `${label} in ${workbook.fileName} has ${cells.toLocaleString('en-GB')} cells, too many for a table in a committee report ` +
        `(the limit is ${MAX_TABLE_CELLS.toLocaleString('en-GB')}). Choose a smaller range, or summarise the figures in the workbook first.`,
      workbook.fileName,
    );
  }
  for (let r = range.top; r <= range.bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
  for (let c = range.left; c <= range.right; c++) if (!sheet.hiddenColumns.has(c)) columns.push(c);
  if (rows.length === 0 || columns.length === 0) {
    throw problem(
      'range-hidden',
      `Every ${rows.length === 0 ? 'row' : 'column'} of ${label} in ${workbook.fileName} is hidden, so there is nothing to show.`,
      workbook.fileName,
    );
  }
  const grid: GridCell[][] = rows.map((r) =>
    columns.map((c) => {
      const cell = sheet.cell(r, c) ?? EMPTY;
      if (cell.formulaWithoutValue) {
        throw problem(
          'formula-no-value',
          `Cell ${sheet.name}!${columnLetters(c)}${r + 1} in ${workbook.fileName} has a formula whose result was never saved. ` +
            'Open the workbook in Excel (or LibreOffice Calc), let it calculate, save it, and use that file.',
          workbook.fileName,
        );
      }
      return { text: cell.text, value: cell.value, columnSpan: 1 };
    }),
  );
  applyMerges(grid, sheet, rows, columns);
  return {
    fileName: workbook.fileName,
    sheet: sheet.name,
    label,
    range,
    rowNumbers: rows.map((r) => r + 1),
    columns: columns.map(columnLetters),
    rows: grid,
  };
}

/** Marks merges that overlap the visible grid: the top-left visible cell keeps the text. */
function applyMerges(
  grid: GridCell[][],
  sheet: WorkbookSheet,
  rows: readonly number[],
  columns: readonly number[],
): void {
  for (const merge of sheet.merges) {
    const rs = rows.flatMap((r, i) => (r >= merge.top && r <= merge.bottom ? [i] : []));
    const cs = columns.flatMap((c, i) => (c >= merge.left && c <= merge.right ? [i] : []));
    const firstRow = rs[0];
    const firstColumn = cs[0];
    if (firstRow === undefined || firstColumn === undefined) continue;
    if (rs.length === 1 && cs.length === 1) continue;
    // The merge's text is in its top-left cell, which may be hidden or outside the range.
    const origin = sheet.cell(merge.top, merge.left) ?? EMPTY;
    for (const [i, r] of rs.entries()) {
      const row = grid[r];
      if (!row) continue;
      for (const [j, c] of cs.entries()) {
        const cell = row[c];
        if (!cell) continue;
        if (j === 0) {
          cell.columnSpan = cs.length;
          if (rs.length > 1) cell.rowMerge = i === 0 ? 'start' : 'continue';
        } else {
          cell.columnSpan = 0;
        }
        const first = i === 0 && j === 0;
        cell.text = first ? origin.text : '';
        cell.value = first ? origin.value : null;
      }
    }
  }
}

/** The used range and counts of a sheet, for `council-report sheets` and the Data view. */
export interface SheetSummary {
  name: string;
  kind: 'worksheet' | 'chart';
  /** "A1:G6", or null when empty. */
  used: string | null;
}

export function summariseWorkbook(workbook: Workbook): {
  sheets: SheetSummary[];
  tables: { name: string; sheet: string; range: string }[];
  names: { name: string; refersTo: string }[];
} {
  return {
    sheets: workbook.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      used: s.used ? formatRange(s.used) : null,
    })),
    tables: workbook.tables.map((t) => ({ name: t.name, sheet: t.sheet, range: formatRange(t.range) })),
    names: workbook.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
  };
}
