/**
 * Reading the front matter: the header fields, the executive summary, the recommendations and
 * the timetable that come before section 1.
 *
 * Header fields are usually a two-column layout table (label | value), sometimes "Label: value"
 * paragraphs, sometimes a bold label paragraph with the value in the next paragraph; all three
 * are read the same way.
 */
import type { Paragraph, ReportSnapshot, Table, TableCell } from '../report/snapshot';
import type { HeaderFieldSpec, TemplateSpec } from './spec';
import { headingCandidate, nameMatch, type SectionLayout } from './sections';
import {
  cellIn,
  columnText,
  findHeaderRow,
  isRepeatedHeader,
  isTitleRow,
  type ColumnName,
  type HeaderRow,
} from './table-columns';
import { normaliseText, wordCount } from './text';

/** A header field found in the front matter. */
export interface HeaderField {
  field: HeaderFieldSpec;
  /** Paragraph holding the label. */
  paragraph: number;
  value: string;
}

export interface ExecutiveSummary {
  paragraph: number;
  /** The summary text (inline after the title, or the paragraphs under it). */
  text: string;
  /** The last paragraph of the summary (the title's own when it is empty or inline). */
  lastParagraph: number;
}

export interface Recommendations {
  /** The lead paragraph, "This report makes the following recommendations to this Committee:". */
  paragraph: number;
  /** Paragraphs after the lead that are numbered recommendations. */
  items: number[];
}

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

export interface FrontMatter {
  fields: Map<string, HeaderField>;
  /** Tables holding header fields: layout tables, not data tables. */
  fieldTables: Set<number>;
  /** Paragraph of the "Timetable" title, when there is one. */
  timetableTitle: number | null;
  executiveSummary: ExecutiveSummary | null;
  recommendations: Recommendations | null;
  timetable: Timetable | null;
  /**
   * A timetable written as lines under its title instead of a table ("Council – 22 April 2026"),
   * when there is no timetable table: one row per line.
   */
  timetableLines: TimetableLines | null;
  /** The executive summary, recommendations and timetable found, in report order. */
  parts: FrontMatterPart[];
}

function names(label: string, aliases: string[]): string[] {
  return [label, ...aliases].map(normaliseText).filter((name) => name !== '');
}

/** A header field's label and aliases, normalised once per check. */
interface FieldNames {
  field: HeaderFieldSpec;
  names: string[];
}

/** The header field a label names: exact wording first, then the label beginning with a name. */
function fieldForLabel(label: string, fields: FieldNames[], exactOnly = false): HeaderFieldSpec | null {
  const normalised = normaliseText(label);
  if (normalised === '') return null;
  let best: { field: HeaderFieldSpec; quality: number; length: number } | null = null;
  for (const { field, names } of fields) {
    for (const name of names) {
      // A label has a few words more at most ("Lead Head of Service/Lead Director").
      const quality = nameMatch(normalised, name, 25);
      if (quality === 0 || (exactOnly && quality < 2)) continue;
      if (!best || quality > best.quality || (quality === best.quality && name.length > best.length)) {
        best = { field, quality, length: name.length };
      }
    }
  }
  return best?.field ?? null;
}

function cellText(cell: TableCell | undefined): string {
  return cell ? cell.text.replace(/\s+/g, ' ').trim() : '';
}

/** "Label: value" or "Label<tab>value" in one paragraph. */
function splitLabelled(text: string): { label: string; value: string } | null {
  const match = /^([^:\t]{2,60})[:\t]\s*(.*)$/s.exec(text.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { label: match[1], value: match[2].trim() };
}

function isFrontMatterParagraph(paragraph: Paragraph, layout: SectionLayout): boolean {
  return paragraph.index < layout.frontMatterEnd;
}

function readHeaderFields(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
): { fields: Map<string, HeaderField>; fieldTables: Set<number> } {
  const fields = new Map<string, HeaderField>();
  const fieldTables = new Set<number>();
  const specs = template.headerFields.map((field) => ({ field, names: names(field.label, field.aliases) }));
  const record = (field: HeaderFieldSpec, paragraph: number, value: string): void => {
    if (!fields.has(field.id)) fields.set(field.id, { field, paragraph, value });
  };

  for (const table of snapshot.tables) {
    if (table.firstParagraph >= layout.frontMatterEnd) continue;
    for (const row of table.rows) {
      // A row may hold several label | value pairs ("Classification | Public | Wards affected |
      // All"): each label cell takes the cells after it, up to the next label, as its value.
      let current: { field: HeaderFieldSpec; paragraph: number; value: string[] } | null = null;
      // An empty cell after a label: its value was left out, so the next label starts a new field.
      let gap = false;
      const close = (): void => {
        if (current) record(current.field, current.paragraph, current.value.join(' '));
        current = null;
      };
      for (const cell of row.cells) {
        const text = cellText(cell);
        if (text === '') {
          gap = current !== null;
          continue;
        }
        const paragraph = cell.paragraphs[0] ?? table.firstParagraph;
        const labelledField = fieldForLabel(text, specs);
        const inline = splitLabelled(cell.text);
        const inlineField = inline ? fieldForLabel(inline.label, specs) : null;
        // A value can begin like a label ("Head of Service for Housing"): only a cell after a
        // value (or an empty value cell) starts the next field.
        const startsField = current === null || current.value.length > 0 || gap;
        if (labelledField && startsField) {
          close();
          current = { field: labelledField, paragraph, value: [] };
          fieldTables.add(table.index);
        } else if (inline && inlineField && startsField) {
          close();
          record(inlineField, paragraph, inline.value);
          fieldTables.add(table.index);
        } else if (current) {
          current.value.push(text);
        }
        gap = false;
      }
      close();
    }
  }

  const paragraphs = snapshot.paragraphs.filter((p) => !p.cell && isFrontMatterParagraph(p, layout));
  paragraphs.forEach((paragraph, i) => {
    const inline = splitLabelled(paragraph.text);
    const inlineField = inline ? fieldForLabel(inline.label, specs) : null;
    if (inline && inlineField) {
      record(inlineField, paragraph.index, inline.value);
      return;
    }
    // A label on its own line ("Classification") with the value in the next paragraph.
    const alone = fieldForLabel(paragraph.text, specs, true);
    if (!alone) return;
    const next = paragraphs.slice(i + 1).find((p) => p.text.trim() !== '');
    // The next label or a title ("Executive Summary") means this label has no value.
    const nextIsLabel =
      next !== undefined &&
      (fieldForLabel(splitLabelled(next.text)?.label ?? next.text, specs) !== null ||
        headingCandidate(next) !== null);
    record(alone, paragraph.index, next && !nextIsLabel ? next.text.trim() : '');
  });

  return { fields, fieldTables };
}

/** Paragraph whose text is a front-matter title (exact, or the title followed by inline text). */
function findTitle(
  snapshot: ReportSnapshot,
  layout: SectionLayout,
  title: { title: string; aliases: string[] },
): { paragraph: Paragraph; inline: string } | null {
  const wanted = names(title.title, title.aliases);
  for (const paragraph of snapshot.paragraphs) {
    if (!isFrontMatterParagraph(paragraph, layout)) break;
    const normalised = normaliseText(paragraph.text);
    if (wanted.includes(normalised)) return { paragraph, inline: '' };
    const inline = splitLabelled(paragraph.text);
    if (inline && wanted.includes(normaliseText(inline.label)) && inline.value !== '') {
      return { paragraph, inline: inline.value };
    }
  }
  return null;
}

/**
 * A numbered recommendation: Word numbering (not bullets) or a typed "1.", "1)", "(1)", "a)", or a
 * bare "1" followed by a tab or by "That" (how recommendations begin), as Word shows "%1" numbers.
 */
function isNumberedItem(paragraph: Paragraph): boolean {
  if (paragraph.list && !paragraph.list.bullet && paragraph.list.label.trim() !== '') return true;
  return /^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\))(?=\s|$)|^\s*\d{1,2}(?:\t|\s+(?=that\b))/i.test(
    paragraph.text,
  );
}

/** A recommendation worded as a motion, unnumbered: "That the Committee agrees ...". */
function isMotion(paragraph: Paragraph): boolean {
  return /^\s*that\s/i.test(paragraph.text);
}

/** A short bold, capitals or heading-styled paragraph: where a front-matter part ends. */
function looksLikeTitle(paragraph: Paragraph): boolean {
  return headingCandidate(paragraph) !== null && !isNumberedItem(paragraph);
}

/** Longest (words) a lead written in the council's own words may be: a line, not a paragraph. */
const MAX_OWN_LEAD_WORDS = 12;

function isRecommendationsLead(paragraph: Paragraph, leads: string[]): boolean {
  const normalised = normaliseText(paragraph.text);
  // Long leads may be followed by "to the final decision-maker:"; one-word leads must match exactly.
  if (
    leads.some((lead) => normalised === lead || (wordCount(lead) >= 3 && normalised.startsWith(`${lead} `)))
  )
    return true;
  // In the council's own words: a short line that begins "Recommendation(s)" ("Recommendations to
  // the Committee") or introduces them ("The Committee is recommended to:").
  if (paragraph.cell || wordCount(normalised) > MAX_OWN_LEAD_WORDS) return false;
  return (
    /^recommendations?\b/.test(normalised) ||
    (/:\s*$/.test(paragraph.text) &&
      (/\brecommend(?:s|ed|ation|ations)?\b/.test(normalised) ||
        // "That the Committee:" above the numbered recommendations.
        (/^that\b/.test(normalised) && wordCount(normalised) <= 6)))
  );
}

function readRecommendations(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
  stops: Set<number>,
): Recommendations | null {
  const spec = template.frontMatter.recommendations;
  if (!spec) return null;
  const leads = names(spec.lead, spec.aliases);
  const lead = snapshot.paragraphs.find(
    (p) => isFrontMatterParagraph(p, layout) && isRecommendationsLead(p, leads),
  );
  if (!lead) return null;
  const items: number[] = [];
  const motions: number[] = [];
  for (const paragraph of snapshot.paragraphs.slice(lead.index + 1, layout.frontMatterEnd)) {
    if (stops.has(paragraph.index)) break;
    if (paragraph.text.trim() === '') continue;
    if (isNumberedItem(paragraph)) items.push(paragraph.index);
    else if (isMotion(paragraph)) motions.push(paragraph.index);
    else if (looksLikeTitle(paragraph)) break;
  }
  // A lone recommendation is often left unnumbered ("That the Committee agrees ..."): it is the
  // recommendation. Several unnumbered ones still need numbers to be referred to.
  if (items.length === 0 && motions.length === 1) items.push(motions[0]!);
  return { paragraph: lead.index, items };
}

function readExecutiveSummary(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
  stops: Set<number>,
): ExecutiveSummary | null {
  const spec = template.frontMatter.executiveSummary;
  if (!spec) return null;
  const found = findTitle(snapshot, layout, spec);
  if (!found) return null;
  const at = found.paragraph.index;
  if (found.inline !== '') return { paragraph: at, text: found.inline, lastParagraph: at };
  const text: string[] = [];
  let lastParagraph = at;
  for (const paragraph of snapshot.paragraphs.slice(at + 1, layout.frontMatterEnd)) {
    if (stops.has(paragraph.index) || looksLikeTitle(paragraph)) break;
    if (paragraph.text.trim() === '') continue;
    text.push(paragraph.text.trim());
    lastParagraph = paragraph.index;
  }
  return { paragraph: at, text: text.join('\n'), lastParagraph };
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
function readTimetable(
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
function readTimetableLines(
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

export function readFrontMatter(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
): FrontMatter {
  const { fields, fieldTables } = readHeaderFields(snapshot, template, layout);
  const timetableSpec = template.frontMatter.timetable;
  const timetableTitle = timetableSpec
    ? (findTitle(snapshot, layout, timetableSpec)?.paragraph.index ?? null)
    : null;
  const timetable = timetableSpec ? readTimetable(snapshot, layout, timetableSpec, timetableTitle) : null;

  // Where one front-matter part stops: at the next part's title or the timetable.
  const stops = new Set<number>();
  if (timetableTitle !== null) stops.add(timetableTitle);
  if (timetable) stops.add(timetable.table.firstParagraph);
  for (const field of fields.values()) stops.add(field.paragraph);
  const recommendations = readRecommendations(snapshot, template, layout, stops);
  if (recommendations) stops.add(recommendations.paragraph);
  const executiveSummary = readExecutiveSummary(snapshot, template, layout, stops);
  if (executiveSummary) stops.add(executiveSummary.paragraph);
  const timetableLines =
    !timetable && timetableTitle !== null
      ? readTimetableLines(snapshot, layout, timetableTitle, stops)
      : null;

  const found = { fields, timetableTitle, executiveSummary, recommendations, timetable, timetableLines };
  return { ...found, fieldTables, parts: frontMatterParts(snapshot, template, found) };
}

/** The front-matter parts that are checked and listed like sections, in the template's order. */
export type FrontMatterPartId = 'executive-summary' | 'recommendations' | 'timetable';

/**
 * A front-matter part found in the report: where its title (or lead, or table) is and the
 * paragraphs it runs over, [first, end): from the title to the last paragraph of its text, list
 * or table.
 */
export interface FrontMatterPart {
  id: FrontMatterPartId;
  /** As the template names it: "Executive Summary", "Recommendations", "Timetable". */
  title: string;
  /** The part's title, lead or table heading as written. */
  heading: string;
  paragraph: number;
  first: number;
  end: number;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function frontMatterParts(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  found: Omit<FrontMatter, 'parts' | 'fieldTables'>,
): FrontMatterPart[] {
  const text = (index: number): string => flat(snapshot.paragraphs[index]?.text ?? '');
  // Each part from its title to its last paragraph of content, cut short by the next part or field.
  const starts: { id: FrontMatterPartId | null; paragraph: number; heading: string; last: number }[] = [];
  const { executiveSummary, recommendations, timetable, timetableTitle } = found;
  if (executiveSummary) {
    const written = text(executiveSummary.paragraph);
    const inline = splitLabelled(written);
    starts.push({
      id: 'executive-summary',
      paragraph: executiveSummary.paragraph,
      heading: inline && inline.value === executiveSummary.text ? flat(inline.label) : written,
      last: executiveSummary.lastParagraph,
    });
  }
  if (recommendations) {
    starts.push({
      id: 'recommendations',
      paragraph: recommendations.paragraph,
      heading: text(recommendations.paragraph),
      last: Math.max(recommendations.paragraph, ...recommendations.items),
    });
  }
  if (timetable) {
    // The title paragraph above the table, a title row inside it, or the column names.
    const inTable =
      timetableTitle !== null &&
      timetableTitle >= timetable.table.firstParagraph &&
      timetableTitle <= timetable.table.lastParagraph;
    const titleAbove =
      timetableTitle !== null && timetableTitle < timetable.table.firstParagraph ? timetableTitle : null;
    const headerRow = timetable.table.rows[timetable.headerRow];
    const heading =
      titleAbove !== null || inTable
        ? text(timetableTitle!)
        : (headerRow?.cells
            .map((cell) => flat(cell.text))
            .filter((t) => t !== '')
            .join(' | ') ?? '');
    starts.push({
      id: 'timetable',
      paragraph: titleAbove ?? timetable.table.firstParagraph,
      heading,
      last: timetable.table.lastParagraph,
    });
  }
  if (found.timetableLines && timetableTitle !== null) {
    starts.push({
      id: 'timetable',
      paragraph: timetableTitle,
      heading: text(timetableTitle),
      last: found.timetableLines.lastParagraph,
    });
  }
  for (const field of found.fields.values())
    starts.push({ id: null, paragraph: field.paragraph, heading: '', last: field.paragraph });
  starts.sort((a, b) => a.paragraph - b.paragraph);

  const titles: Record<FrontMatterPartId, string | null> = {
    'executive-summary': template.frontMatter.executiveSummary?.title ?? null,
    recommendations: template.frontMatter.recommendations ? 'Recommendations' : null,
    timetable: template.frontMatter.timetable?.title ?? null,
  };
  const parts: FrontMatterPart[] = [];
  starts.forEach((start, i) => {
    if (start.id === null) return;
    const title = titles[start.id];
    if (title === null) return;
    const next = starts.slice(i + 1).find((later) => later.paragraph > start.paragraph);
    parts.push({
      id: start.id,
      title,
      heading: start.heading,
      paragraph: start.paragraph,
      first: start.paragraph,
      end: Math.min(start.last + 1, next ? next.paragraph : Infinity),
    });
  });
  return parts;
}
