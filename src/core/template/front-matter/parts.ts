/** The executive summary, recommendations and timetable as parts listed and checked like sections. */
import type { ReportSnapshot } from '../../report/snapshot';
import type { TemplateSpec } from '../spec';
import type { FrontMatter } from '../front-matter';
import { splitLabelled } from './paragraphs';

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

export function frontMatterParts(
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
