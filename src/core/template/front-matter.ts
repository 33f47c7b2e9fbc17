/**
 * Reading the front matter: the header fields, the executive summary, the recommendations and
 * the timetable that come before section 1. Each is read in its own module under front-matter/
 * (header-fields, summary, timetable; the parts they make in parts.ts); this one puts them
 * together and is where the rest of the checker imports them from.
 */
import type { ReportSnapshot } from '../report/snapshot';
import type { TemplateSpec } from './spec';
import type { SectionLayout } from './sections';
import { readHeaderFields, type HeaderField } from './front-matter/header-fields';
import { frontMatterParts, type FrontMatterPart } from './front-matter/parts';
import { findTitle } from './front-matter/paragraphs';
import {
  readExecutiveSummary,
  readRecommendations,
  type ExecutiveSummary,
  type Recommendations,
} from './front-matter/summary';
import {
  readTimetable,
  readTimetableLines,
  type Timetable,
  type TimetableLines,
} from './front-matter/timetable';

export type { HeaderField } from './front-matter/header-fields';
export type { ExecutiveSummary, Recommendations } from './front-matter/summary';
export {
  TIMETABLE_COLUMNS,
  type Timetable,
  type TimetableLines,
  type TimetableRow,
} from './front-matter/timetable';
export type { FrontMatterPart, FrontMatterPartId } from './front-matter/parts';

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
