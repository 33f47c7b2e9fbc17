/**
 * `spreadsheet-table`: a range of a partner's workbook as a live table. The range's first row is
 * the header row; every other row is shown as the workbook shows it (its number formats, merges;
 * hidden rows and columns left out). The region's spec keeps the workbook's file name and the
 * range (options `file`, `sheet`, `range` | `table` | `name`, `title`), so a refresh with a
 * workbook of that name reads the same range again, grown or shrunk as the workbook has.
 *
 * Figures are named "row label, column header" ("Bearsted, Deliberate fires 2024-25"), and two
 * more record the rows and columns shown, so "What changed" can say "row Park Wood added" rather
 * than list each of its cells.
 */
import { readGrid, type GridCell, type SheetGrid, type Workbook } from '../../data/spreadsheet';
import { ReportError } from '../../errors';
import { renderTableOrFigure } from '../blocks';
import { NO_VALUE } from '../regions';
import type {
  FigureChange,
  LabelledValue,
  LiveElement,
  LiveElementInput,
  LiveRendering,
  LiveTableColumn,
  LiveTableRow,
} from '../model';

/** Options a spreadsheet region keeps in its spec. */
export const WORKBOOK_OPTIONS = ['file', 'sheet', 'range', 'table', 'name', 'title'] as const;

/** Figures that record the shape of the table (not shown as changes themselves). */
const ROWS = 'Rows';
const COLUMNS = 'Columns';

/** "4 Dec 2026" for the source line. */
export function dayLabel(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `YYYY-MM-DD` of a time (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The workbook a region reads, by the file name in its spec (case-insensitive). */
export function workbookFor(input: LiveElementInput): Workbook {
  const file = input.options['file'] ?? '';
  if (file === '') {
    throw new ReportError(
      'spreadsheet-no-file',
      'This spreadsheet region does not record which workbook it came from.',
    );
  }
  const workbook = input.workbooks?.find((w) => w.fileName.toLowerCase() === file.toLowerCase());
  if (!workbook) {
    const given = input.workbooks?.map((w) => w.fileName) ?? [];
    throw new ReportError(
      'spreadsheet-not-given',
      `This table comes from the workbook ${file}, which was not given` +
        (given.length > 0 ? ` (only ${given.join(', ')})` : '') +
        '. Refresh it with that workbook.',
      file,
    );
  }
  return workbook;
}

export function gridFor(input: LiveElementInput): SheetGrid {
  const o = input.options;
  const pick = (name: string) => (o[name] ? { [name]: o[name] } : {});
  return readGrid(workbookFor(input), {
    ...pick('sheet'),
    ...pick('range'),
    ...pick('table'),
    ...pick('name'),
  });
}

function isNumeric(cell: GridCell | undefined): boolean {
  return cell !== undefined && cell.value !== null;
}

/** Unique labels: empty → "Row 5" / "Column D"; a repeated one gets its row number or column letter. */
function uniqueLabels(
  texts: readonly string[],
  fallback: (i: number) => string,
  qualify: (i: number) => string,
): string[] {
  const counts = new Map<string, number>();
  const base = texts.map((t, i) => (t.trim() === '' ? fallback(i) : t.trim()));
  for (const label of base) counts.set(label, (counts.get(label) ?? 0) + 1);
  return base.map((label, i) => ((counts.get(label) ?? 0) > 1 ? `${label} (${qualify(i)})` : label));
}

/** The table, its figures and the labels they use. */
export function gridTable(grid: SheetGrid): {
  columns: LiveTableColumn[];
  rows: LiveTableRow[];
  rowLabels: string[];
  columnLabels: string[];
} {
  const [header = [], ...body] = grid.rows;
  const columnLabels = uniqueLabels(
    header.map((c) => c.text),
    (i) => `Column ${grid.columns[i] ?? i + 1}`,
    (i) => `column ${grid.columns[i] ?? i + 1}`,
  );
  const columns: LiveTableColumn[] = header.map((cell, i) => {
    const numbers = body.filter((row) => isNumeric(row[i])).length;
    const texts = body.filter((row) => !isNumeric(row[i]) && (row[i]?.text ?? '') !== '').length;
    // Figures line up on the right; a column of words stays on the left.
    return { header: cell.text, align: numbers > 0 && numbers >= texts ? 'right' : 'left' };
  });
  const rowLabels = uniqueLabels(
    body.map((row) => row[0]?.text ?? ''),
    (i) => `Row ${grid.rowNumbers[i + 1] ?? i + 2}`,
    (i) => `row ${grid.rowNumbers[i + 1] ?? i + 2}`,
  );
  const rows: LiveTableRow[] = body.map((row) => {
    const merged = row.some((c) => c.columnSpan !== 1 || c.rowMerge !== undefined);
    return {
      cells: row.map((c) => c.text),
      ...(merged
        ? { spans: row.map((c) => ({ columns: c.columnSpan, ...(c.rowMerge ? { down: c.rowMerge } : {}) })) }
        : {}),
    };
  });
  return { columns, rows, rowLabels, columnLabels };
}

function where(row: string, column: string): string {
  return `${row}, ${column}`;
}

/** The figures of a grid: every body cell by row label and column header, then the shape. */
function gridFigures(
  rows: readonly LiveTableRow[],
  rowLabels: string[],
  columnLabels: string[],
): LabelledValue[] {
  const figures: LabelledValue[] = [];
  rows.forEach((row, r) => {
    columnLabels.forEach((column, c) => {
      if (c === 0) return; // the row's own label
      figures.push({ where: where(rowLabels[r] ?? '', column), value: row.cells[c] ?? '' });
    });
  });
  figures.push({ where: ROWS, value: JSON.stringify(rowLabels) });
  figures.push({ where: COLUMNS, value: JSON.stringify(columnLabels) });
  return figures;
}

function labelsOf(figures: readonly LabelledValue[], name: string): string[] | null {
  const figure = figures.find((f) => f.where === name);
  if (!figure) return null;
  try {
    const parsed: unknown = JSON.parse(figure.value);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

/**
 * Rows and columns added or removed (one line each), then each cell that changed in rows and
 * columns on both sides, in the new table's reading order.
 */
export function diffGrid(before: readonly LabelledValue[], after: readonly LabelledValue[]): FigureChange[] {
  const oldRows = labelsOf(before, ROWS);
  const oldColumns = labelsOf(before, COLUMNS);
  const newRows = labelsOf(after, ROWS) ?? [];
  const newColumns = labelsOf(after, COLUMNS) ?? [];
  if (!oldRows || !oldColumns) {
    // Figures from elsewhere: compare value by value.
    const old = new Map(before.map((f) => [f.where, f.value]));
    return after
      .filter((f) => f.where !== ROWS && f.where !== COLUMNS && old.get(f.where) !== f.value)
      .map((f) => ({ where: f.where, from: old.get(f.where) ?? NO_VALUE, to: f.value }));
  }
  const changes: FigureChange[] = [];
  const oldRowSet = new Set(oldRows);
  const newRowSet = new Set(newRows);
  const oldColumnSet = new Set(oldColumns);
  const newColumnSet = new Set(newColumns);
  for (const c of newColumns)
    if (!oldColumnSet.has(c)) changes.push({ where: `Column ${c}`, from: NO_VALUE, to: 'added' });
  for (const c of oldColumns)
    if (!newColumnSet.has(c)) changes.push({ where: `Column ${c}`, from: 'shown', to: 'removed' });
  for (const r of newRows)
    if (!oldRowSet.has(r)) changes.push({ where: `Row ${r}`, from: NO_VALUE, to: 'added' });
  for (const r of oldRows)
    if (!newRowSet.has(r)) changes.push({ where: `Row ${r}`, from: 'shown', to: 'removed' });
  const old = new Map(before.map((f) => [f.where, f.value]));
  const now = new Map(after.map((f) => [f.where, f.value]));
  for (const r of newRows) {
    if (!oldRowSet.has(r)) continue;
    for (const c of newColumns.slice(1)) {
      if (!oldColumnSet.has(c)) continue;
      const key = where(r, c);
      const was = old.get(key) ?? '';
      const is = now.get(key) ?? '';
      if (was !== is)
        changes.push({ where: key, from: was === '' ? NO_VALUE : was, to: is === '' ? NO_VALUE : is });
    }
  }
  return changes;
}

/** "fires.xlsx, sheet Fires, A1:G6, read 4 Dec 2026". */
export function workbookSourceLine(grid: SheetGrid, input: LiveElementInput): string {
  const readOn = input.options['readOn'];
  const day =
    readOn && /^\d{4}-\d{2}-\d{2}$/.test(readOn)
      ? new Date(`${readOn}T00:00:00Z`)
      : (input.now ?? new Date());
  const place = grid.label.startsWith(`${grid.sheet}!`)
    ? grid.label.slice(grid.sheet.length + 1)
    : grid.label;
  return `${grid.fileName}, sheet ${grid.sheet}, ${place}, read ${dayLabel(day)}`;
}

/** The caption: the title given, else the table's or sheet's name. */
export function workbookTitle(grid: SheetGrid, input: LiveElementInput): string {
  const title = input.options['title']?.trim();
  if (title) return title;
  if (input.options['table']) return `${input.options['table']} (${grid.fileName})`;
  return `${grid.sheet} (${grid.fileName})`;
}

export const spreadsheetTable: LiveElement = {
  name: 'spreadsheet-table',
  label: 'Table from a spreadsheet (.xlsx, .ods)',
  kind: 'table',
  dataFrom: 'workbook',
  compute(input: LiveElementInput): LiveRendering {
    const grid = gridFor(input);
    const { columns, rows, rowLabels, columnLabels } = gridTable(grid);
    const title = workbookTitle(grid, input);
    const source = workbookSourceLine(grid, input);
    return {
      kind: 'table',
      title,
      table: {
        caption: title,
        columns,
        rows,
        source,
        description:
          `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} from the workbook ${grid.fileName}, sheet ${grid.sheet}, ` +
          `with the columns ${columns.map((c) => c.header || '(blank)').join(', ')}.`,
      },
      figures: gridFigures(rows, rowLabels, columnLabels),
    };
  },
  render: renderTableOrFigure,
  diff: diffGrid,
};
