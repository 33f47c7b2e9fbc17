/**
 * Reading a table by its header row: which grid columns a header cell covers, and the cells of a
 * row under it. Merged cells (gridSpan) mean a row's third cell is not always the third column.
 */
import type { TableCell, TableRow } from '../report/snapshot';
import { nameMatch } from './sections';
import { normaliseText } from './text';

/** Grid columns a header cell covers. */
export interface Column {
  start: number;
  span: number;
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

/**
 * Whether a header cell names a column: "Sign-off", "Sign off" and "Signoff" all name "Sign-off",
 * and "Implication" names "Implications".
 */
function namesColumn(cell: string, name: string): boolean {
  if (nameMatch(cell, name, 15) > 0) return true;
  const compactCell = cell.replace(/ /g, '');
  const compactName = name.replace(/ /g, '');
  return (
    compactCell.length >= 4 && (compactCell.startsWith(compactName) || compactName.startsWith(compactCell))
  );
}

/** The column of each wanted header name ("Meeting", "Date"), or null when one is absent. */
export function headerColumns(row: TableRow, wanted: string[]): Column[] | null {
  const placed = withColumns(row);
  const columns: Column[] = [];
  for (const name of wanted.map(normaliseText)) {
    const found = placed.find(({ cell }) => namesColumn(normaliseText(cell.text), name));
    if (!found) return null;
    columns.push({ start: found.start, span: found.span });
  }
  return columns;
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
