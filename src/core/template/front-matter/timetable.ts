/** The timetable: a Meeting | Date table, a table without column names, or lines under its title. */
import type { ReportSnapshot, Table } from '../../report/snapshot';
import type { SectionLayout } from '../sections';
import {
  cellIn,
  columnText,
  findHeaderRow,
  isRepeatedHeader,
  isTitleRow,
  type ColumnName,
  type HeaderRow,
} from '../table-columns';
import { looksLikeTitle } from './paragraphs';

export interface TimetableRow {
  meeting: string;
  date: string;
  paragraph: number | null;
}

export interface Timetable {
  table: Table;
  /** Index of the Meeting | Date row in the table (after any title rows); -1 for none. */
  headerRow: number;
  /** False for a table under the "Timetable" title whose columns are not named. */
  hasColumnNames: boolean;
  rows: TimetableRow[];
}

export interface TimetableLines {
  rows: TimetableRow[];
  /** The last line's paragraph. */
  lastParagraph: number;
}

/**
 * The timetable's columns as reports write them: "Meeting | Date", "Committee | Date", "Decision
 * maker | Date of meeting".
 */
export const TIMETABLE_COLUMNS: readonly ColumnName[] = [
  {
    name: 'Meeting',
    aliases: ['Committee', 'Meeting or committee', 'Decision-maker', 'Decision maker', 'Body'],
  },
  { name: 'Date', aliases: ['Date of meeting', 'Meeting date', 'When'] },
];

/**
 * The timetable: a table with a Meeting | Date header row, under any title rows ("Timetable"
 * merged across both columns); in the front matter by preference. Title and header rows repeated
 * lower down (after a page break) are not meetings.
 */
export function readTimetable(
  snapshot: ReportSnapshot,
  layout: SectionLayout,
  spec: { title: string; aliases: string[] },
  title: number | null,
): Timetable | null {
  const titles = [spec.title, ...spec.aliases];
  const candidates = snapshot.tables
    .map((table) => ({ table, header: findHeaderRow(table, TIMETABLE_COLUMNS, titles) }))
    .filter((found): found is { table: Table; header: HeaderRow } => found.header !== null)
    .map((found) => ({ ...found, named: true }));
  const found =
    candidates.find(({ table }) => table.firstParagraph < layout.frontMatterEnd) ??
    candidates[0] ??
    withoutColumnNames(snapshot, layout, titles, title);
  if (!found) return null;
  const { table, header } = found;
  const [meetingColumn, dateColumn] = header.columns;
  if (!meetingColumn || !dateColumn) return null;
  const rows = table.rows
    .slice(header.row + 1)
    .filter((row) => !isRepeatedHeader(row, TIMETABLE_COLUMNS, titles) && !isTitleRow(row, titles))
    .map((row): TimetableRow => {
      const meeting = cellIn(row, meetingColumn);
      const date = cellIn(row, dateColumn);
      return {
        meeting: columnText(row, meetingColumn),
        date: columnText(row, dateColumn),
        paragraph: meeting?.paragraphs[0] ?? date?.paragraphs[0] ?? null,
      };
    });
  return { table, headerRow: header.row, hasColumnNames: found.named, rows };
}

/**
 * A timetable written without column names: the table straight under the "Timetable" title (or
 * starting with it as a merged title row), meetings in its first column and dates in its last.
 * Reporting "no timetable" beside one would be a false alarm; the missing header row is reported
 * by table-header-missing.
 */
function withoutColumnNames(
  snapshot: ReportSnapshot,
  layout: SectionLayout,
  titles: string[],
  title: number | null,
): { table: Table; header: HeaderRow; named: boolean } | null {
  if (title === null) return null;
  const table = snapshot.tables.find((t) => {
    if (t.depth > 0 || t.firstParagraph >= layout.frontMatterEnd) return false;
    if (t.firstParagraph <= title && title <= t.lastParagraph) {
      const first = t.rows[0];
      return first !== undefined && isTitleRow(first, titles);
    }
    if (t.firstParagraph < title) return false;
    // Only empty paragraphs between the title and the table.
    return snapshot.paragraphs.slice(title + 1, t.firstParagraph).every((p) => p.text.trim() === '');
  });
  if (!table) return null;
  let titleRows = 0;
  while (titleRows < table.rows.length && isTitleRow(table.rows[titleRows]!, titles)) titleRows++;
  const width = Math.max(
    ...table.rows.map((row) => row.cells.reduce((sum, c) => sum + Math.max(1, c.gridSpan), 0)),
  );
  if (width < 2) return null;
  return {
    table,
    header: {
      row: titleRows - 1,
      columns: [
        { start: 0, span: 1 },
        { start: width - 1, span: 1 },
      ],
    },
    named: false,
  };
}

/** Most lines a timetable written as paragraphs has: beyond that it is body text. */
const MAX_TIMETABLE_LINES = 8;

/** "Council – 22 April 2026", "Council: TBC", "Council<tab>22 April", "Council on 22 April 2026". */
function timetableLine(text: string, paragraph: number): TimetableRow {
  const flatText = text.replace(/\s+/g, ' ').trim();
  const split = /^(.+?)(?:\s+[–—-]\s+|\s*:\s+|\t+|\s+on\s+)(.+)$/.exec(text.trim());
  if (!split || split[1] === undefined || split[2] === undefined)
    return { meeting: flatText, date: flatText, paragraph };
  return {
    meeting: split[1].replace(/\s+/g, ' ').trim(),
    date: split[2].replace(/\s+/g, ' ').trim(),
    paragraph,
  };
}

/**
 * The lines under the "Timetable" title, up to the next title, table or front-matter part, when
 * the report writes its timetable as paragraphs. Saying "no timetable" beside them would be a false
 * alarm; each line without a date is still reported.
 */
export function readTimetableLines(
  snapshot: ReportSnapshot,
  layout: SectionLayout,
  title: number,
  stops: Set<number>,
): TimetableLines | null {
  const rows: TimetableRow[] = [];
  for (const paragraph of snapshot.paragraphs.slice(title + 1, layout.frontMatterEnd)) {
    // A table under the lines is the timetable, written without column names: not lines.
    if (paragraph.cell) return null;
    if (stops.has(paragraph.index) || looksLikeTitle(paragraph)) break;
    // Blank lines and lead-ins ("The report will be considered as follows:") are not meetings.
    if (paragraph.text.trim() === '' || paragraph.text.trim().endsWith(':')) continue;
    rows.push(timetableLine(paragraph.text, paragraph.index));
    if (rows.length > MAX_TIMETABLE_LINES) return null;
  }
  const last = rows[rows.length - 1];
  return last ? { rows, lastParagraph: last.paragraph! } : null;
}
