/**
 * Reading a table by its header row: which row is the header, which grid columns each header cell
 * covers, and the cells of a row under it. Merged cells (gridSpan) mean a row's third cell is not
 * always the third column.
 *
 * Councils lay tables out in many ways: a merged title row ("Timetable", "Cross-cutting issues
 * and implications") above the column names, the header row repeated after a page break by hand,
 * the header in bold without being marked as a header row. So the header row is found by what it
 * says, whichever row holds it, never by position or by the repeat-header mark.
 */
import type { Table, TableCell, TableRow } from '../report/snapshot';
import { nameMatch } from './sections';
import { normaliseText } from './text';

/** Grid columns a header cell covers. */
export interface Column {
  start: number;
  span: number;
}

/** A column the reader expects: its name and other ways it is written ("Sign off", "Signed off by"). */
export interface ColumnName {
  name: string;
  aliases?: readonly string[];
}

export type WantedColumn = string | ColumnName;

/** The header row found in a table, with the grid columns of each wanted column. */
export interface HeaderRow {
  /** Index of the header row in the table. */
  row: number;
  columns: Column[];
}

function withColumns(row: TableRow): { cell: TableCell; start: number; span: number }[] {
  let start = 0;
  return row.cells.map((cell) => {
    const span = Math.max(1, cell.gridSpan);
    const placed = { cell, start, span };
    start += span;
    return placed;
  });
}

/** A cell's text normalised, and without its spaces once that is needed. */
interface HeaderCellText {
  text: string;
  compact: string | null;
}

/**
 * How well a header cell names a column: 2 exactly, 1 loosely ("Sign off" and "Signoff" for
 * "Sign-off", "Implication" for "Implications", "Date of meeting" for "Date"), 0 not at all.
 */
function columnMatch(header: HeaderCellText, name: string): number {
  const cell = header.text;
  if (cell === '' || name === '') return 0;
  if (cell === name) return 2;
  if (nameMatch(cell, name, 15) > 0) return 1;
  // Without spaces once per cell, not once per name tried: a cell's text can be long.
  const compactCell = (header.compact ??= cell.replace(/ /g, ''));
  const compactName = name.replace(/ /g, '');
  if (compactCell === compactName) return 2;
  return compactCell.length >= 4 &&
    (compactCell.startsWith(compactName) || compactName.startsWith(compactCell))
    ? 1
    : 0;
}

function namesOf(wanted: WantedColumn): string[] {
  const column = typeof wanted === 'string' ? { name: wanted } : wanted;
  return [column.name, ...(column.aliases ?? [])].map(normaliseText).filter((name) => name !== '');
}

/**
 * The column of each wanted header name ("Meeting", "Date"), or null when one is absent. Each cell
 * names one column at most, and an exact name wins over a loose one.
 */
export function headerColumns(row: TableRow, wanted: readonly WantedColumn[]): Column[] | null {
  return namedColumns(row, wanted.map(namesOf));
}

/** headerColumns with each wanted column's names normalised, once for all the rows tried. */
function namedColumns(row: TableRow, wanted: readonly string[][]): Column[] | null {
  // Each cell names one column at most: a row of fewer cells (a layout table's single cell, whose
  // text can be pages long) cannot be the header, and is not worth normalising to find that out.
  if (row.cells.length < wanted.length) return null;
  const placed = withColumns(row).map((entry) => ({
    ...entry,
    header: { text: normaliseText(entry.cell.text), compact: null } as HeaderCellText,
  }));
  const used = new Set<number>();
  const columns: Column[] = [];
  for (const names of wanted) {
    let found: { index: number; quality: number } | null = null;
    for (const [index, { header }] of placed.entries()) {
      if (used.has(index)) continue;
      let quality = 0;
      for (const name of names) quality = Math.max(quality, columnMatch(header, name));
      if (quality > 0 && (!found || quality > found.quality)) found = { index, quality };
    }
    if (!found) return null;
    used.add(found.index);
    const cell = placed[found.index]!;
    columns.push({ start: cell.start, span: cell.span });
  }
  return columns;
}

function hasText(cell: TableCell): boolean {
  return cell.text.trim() !== '';
}

/**
 * A title row above a table's column names: one cell of text, merged across columns (or the
 * table's only cell), or whose text is the table's name ("Timetable", "Cross-cutting issues and
 * implications"). An empty row counts too: it is spacing, not data.
 */
export function isTitleRow(row: TableRow, titles: readonly string[] = []): boolean {
  const filled = row.cells.filter(hasText);
  if (filled.length === 0) return true;
  if (filled.length > 1) return false;
  const cell = filled[0]!;
  if (row.cells.length === 1 || cell.gridSpan > 1) return true;
  const text = normaliseText(cell.text);
  return titles.map(normaliseText).some((title) => title !== '' && nameMatch(text, title, 40) > 0);
}

/**
 * The header row of a table: the first row whose cells name every wanted column, after any title
 * rows. A row of data before it means the table has no such header.
 */
export function findHeaderRow(
  table: Table,
  wanted: readonly WantedColumn[],
  titles: readonly string[] = [],
): HeaderRow | null {
  const names = wanted.map(namesOf);
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const columns = namedColumns(row, names);
    if (columns) return { row: i, columns };
    if (!isTitleRow(row, titles)) return null;
  }
  return null;
}

/**
 * Whether a row under the header is not data: the header repeated (after a page break, typed by
 * hand) or a title row repeated with it.
 */
export function isRepeatedHeader(
  row: TableRow,
  wanted: readonly WantedColumn[],
  titles: readonly string[],
): boolean {
  if (headerColumns(row, wanted) !== null) return true;
  const filled = row.cells.filter(hasText);
  if (filled.length !== 1) return false;
  const text = normaliseText(filled[0]!.text);
  return titles.map(normaliseText).some((title) => title !== '' && text === title);
}

/** Cells of a row that lie under a column. */
export function cellsIn(row: TableRow, column: Column): TableCell[] {
  return withColumns(row)
    .filter(({ start, span }) => start < column.start + column.span && start + span > column.start)
    .map(({ cell }) => cell);
}

/** The cell a value is read from: the first with text under the column, else the first. */
export function cellIn(row: TableRow, column: Column): TableCell | undefined {
  const cells = cellsIn(row, column);
  return cells.find((cell) => cell.text.trim() !== '') ?? cells[0];
}

/** Text under a column, whitespace collapsed. */
export function columnText(row: TableRow, column: Column): string {
  return cellsIn(row, column)
    .map((cell) => cell.text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join(' ');
}
