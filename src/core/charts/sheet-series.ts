/**
 * What a spreadsheet chart draws by default, and what it leaves out. A partner's sheet mixes
 * columns that do not share an axis: counts beside a "Change %" column, a "Last incident" date
 * (a serial number near 45,700 behind "14 Mar 2025"), and a "Total" row that dwarfs the wards
 * it adds up. Drawn together they mislead, so by default the chart shows only the count-like
 * columns (or, when a sheet has no counts, its percentages and rates), and never a total row;
 * the officer is told what was left out and can name the columns to draw (option `series`).
 *
 * The cells' text is what the spreadsheet shows, so "5.5%" is a percentage and "14/03/2025" a
 * date whatever the file format; the headers say which columns are rates or changes.
 */
import type { GridCell, SheetGrid } from '../data/spreadsheet';
import { ReportError } from '../errors';

export type SheetColumnKind = 'count' | 'relative' | 'date' | 'text';

export interface SheetSeries {
  name: string;
  /** Index in the grid's rows. */
  column: number;
}

/** Why a column or row is not drawn, for the officer (never in the document). */
export interface SheetLeftOut {
  columns: { name: string; why: 'date' | 'relative' | 'text' | 'unnamed' }[];
  /** Category labels of the total rows left out. */
  rows: string[];
}

export interface SheetSeriesChoice {
  series: SheetSeries[];
  /** Indexes into the grid's body rows (header excluded) that are drawn. */
  rows: number[];
  leftOut: SheetLeftOut;
}

/** A number as a spreadsheet shows it: "1,234", "(9.00)", "-22.5%", "£1 200", "1.2E+03". */
const NUMBER_TEXT = /^[(\-−+]?\s*[£$€]?\s*\d[\d,.\s\u00a0]*(?:e[+-]?\d+)?\s*%?\s*\)?$/i;
const PERCENT_TEXT = /%\s*\)?$/;
/** Headers of columns on another scale than counts: percentages, rates, changes, averages. */
const RELATIVE_HEADER =
  /%|\bper\s*cent|\bpercentage|\brates?\b|\bchange\b|\bdifference\b|\bvariance\b|\bratio\b|\bproportion\b|\bshare\b|\baverage\b|\bmean\b|\bper\s+(?:\d[\d,]*|head|capita|person|resident)\b/i;
/** Category labels of a total row: "Total", "Grand total", "Total (all wards)", "Kent total", "All", "All wards". */
const TOTAL_LABEL =
  /^(?:(?:grand|sub-?)\s*)?totals?\b|\btotals?\s*(?:\([^)]*\))?$|^all(?:\s+(?:wards|districts|boroughs|areas|neighbourhoods|localities|parishes|councils|authorities|forces|regions|crimes|offences|categories|types|groups|months|years|ages))?$|^overall$/i;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text.trim());
}

/** Whether a cell shows a number (not a date or time, whose value is a serial number). */
export function showsNumber(cell: GridCell | undefined): cell is GridCell & { value: number } {
  return hasNumber(cell) && NUMBER_TEXT.test(cell.text.trim());
}

function hasNumber(cell: GridCell | undefined): cell is GridCell & { value: number } {
  return cell?.value !== null && cell?.value !== undefined;
}

/** A column's kind from its header and the numeric cells of the rows drawn. */
export function columnKind(header: string, cells: readonly (GridCell | undefined)[]): SheetColumnKind {
  const numbers = cells.filter(hasNumber);
  if (numbers.length === 0) return 'text';
  // A number shown as something other than a number is a date or a time.
  if (numbers.every((c) => !NUMBER_TEXT.test(c.text.trim()))) return 'date';
  const percents = numbers.filter((c) => PERCENT_TEXT.test(c.text.trim())).length;
  if (percents * 2 >= numbers.length || RELATIVE_HEADER.test(header)) return 'relative';
  return 'count';
}

function headerName(grid: SheetGrid, column: number): string {
  return grid.rows[0]?.[column]?.text.trim() || `Column ${grid.columns[column] ?? column + 1}`;
}

/**
 * The series and rows to draw. `named`: the columns the officer chose (headers or column
 * letters, comma-separated); empty: the default described above.
 */
export function chooseSheetSeries(grid: SheetGrid, named: string | undefined): SheetSeriesChoice {
  const [, ...body] = grid.rows;
  const where = `${grid.label} in ${grid.fileName}`;
  const totals = body.flatMap((row, i) => (isTotalLabel(row[0]?.text ?? '') ? [i] : []));
  // A sheet of nothing but total rows keeps them: there is nothing for them to dwarf.
  const rows = body.map((_, i) => i).filter((i) => totals.length === body.length || !totals.includes(i));
  const leftOutRows = totals.filter((i) => !rows.includes(i)).map((i) => body[i]?.[0]?.text.trim() ?? '');
  const width = grid.rows[0]?.length ?? 0;
  const columns = Array.from({ length: Math.max(0, width - 1) }, (_, i) => i + 1).map((column) => ({
    name: headerName(grid, column),
    column,
    kind: columnKind(
      headerName(grid, column),
      rows.map((r) => body[r]?.[column]),
    ),
  }));
  const wanted = (named ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (wanted.length > 0) {
    const series = wanted.map((want) => {
      const found =
        columns.find((c) => c.name.toLowerCase() === want.toLowerCase()) ??
        columns.find((c) => (grid.columns[c.column] ?? '').toLowerCase() === want.toLowerCase());
      if (!found) {
        throw new ReportError(
          'chart-no-such-series',
          `${where} has no column "${want}" to chart. Its columns beside the first are: ${columns.map((c) => c.name).join(', ')}.`,
          grid.fileName,
        );
      }
      if (found.kind === 'date' || found.kind === 'text') {
        throw new ReportError(
          'chart-series-not-numbers',
          `The column "${found.name}" of ${where} holds ${found.kind === 'date' ? 'dates' : 'no numbers'}, which cannot be drawn as bars or lines. Choose columns of numbers.`,
          grid.fileName,
        );
      }
      return { name: found.name, column: found.column };
    });
    return {
      series,
      rows,
      leftOut: {
        columns: columns
          .filter((c) => !series.some((s) => s.column === c.column))
          .map((c) => ({ name: c.name, why: c.kind === 'date' || c.kind === 'text' ? c.kind : 'unnamed' })),
        rows: leftOutRows,
      },
    };
  }
  const counts = columns.filter((c) => c.kind === 'count');
  const drawn = counts.length > 0 ? counts : columns.filter((c) => c.kind === 'relative');
  return {
    series: drawn.map(({ name, column }) => ({ name, column })),
    rows,
    leftOut: {
      columns: columns
        .filter((c) => !drawn.includes(c))
        .map((c) => ({ name: c.name, why: c.kind === 'count' ? 'relative' : c.kind })),
      rows: leftOutRows,
    },
  };
}

/**
 * "Not drawn: Change, Change % (not on the same scale as the counts); Last incident (dates);
 * the row Total (all wards) (a total would dwarf the rows it adds up)." Empty when nothing was.
 */
export function leftOutSentence(leftOut: SheetLeftOut): string {
  const parts: string[] = [];
  const names = (why: SheetLeftOut['columns'][number]['why']) =>
    leftOut.columns.filter((c) => c.why === why).map((c) => c.name);
  const unnamed = names('unnamed');
  if (unnamed.length > 0) parts.push(`${unnamed.join(', ')} (not among the columns chosen)`);
  const relative = names('relative');
  if (relative.length > 0) parts.push(`${relative.join(', ')} (not on the same scale as the columns drawn)`);
  const dates = names('date');
  if (dates.length > 0) parts.push(`${dates.join(', ')} (dates)`);
  const text = names('text');
  if (text.length > 0) parts.push(`${text.join(', ')} (no numbers)`);
  if (leftOut.rows.length > 0) {
    parts.push(
      `the ${leftOut.rows.length === 1 ? 'row' : 'rows'} ${leftOut.rows.join(', ')} (a total would dwarf the rows it adds up)`,
    );
  }
  return parts.length === 0 ? '' : `Not drawn: ${parts.join('; ')}.`;
}
