/**
 * Where a missing Executive Summary goes and what to write there: its title and a placeholder the
 * checker reports until the officer writes the summary ("[Insert …]" is one of the template's
 * placeholder patterns), so nothing unfinished can pass for a summary.
 *
 * Place: straight after the header fields, where the template has it (after the last field's
 * value, or after the table holding the fields); with no fields, before the first front-matter part
 * or section heading; in an empty report, at the end.
 */
import { ReportError } from '../errors';
import type { ParagraphAnchor, ParagraphToWrite } from '../report/host';
import type { ReportSnapshot } from '../report/snapshot';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { layoutSections, type SectionLayout } from './sections';
import type { TemplateSpec } from './spec';

export const SUMMARY_PLACEHOLDER =
  '[Insert a short summary of the report: why it comes to the Committee and what the Committee is asked to decide.]';

export interface SummaryInsertion {
  anchor: ParagraphAnchor;
  location: 'Before' | 'After';
  paragraphs: ParagraphToWrite[];
}

/** The last body-level paragraph of the header fields: a field's value line, or its table's end. */
export function endOfFields(snapshot: ReportSnapshot, frontMatter: FrontMatter): number | null {
  let last: number | null = null;
  for (const field of frontMatter.fields.values()) {
    let end = field.paragraph;
    const paragraph = snapshot.paragraphs[end];
    if (paragraph?.cell) {
      // The outermost table holding the field: the summary goes after the whole table.
      const table = snapshot.tables.find(
        (t) => t.depth === 0 && t.firstParagraph <= end && end <= t.lastParagraph,
      );
      if (table) end = table.lastParagraph;
    } else {
      // "Wards affected" on one line and "All" on the next.
      const next = snapshot.paragraphs[end + 1];
      const value = field.value.trim();
      if (value !== '' && !paragraph?.text.includes(value) && next?.text.trim() === value) end += 1;
    }
    last = last === null ? end : Math.max(last, end);
  }
  return last;
}

function anchorAt(snapshot: ReportSnapshot, index: number): ParagraphAnchor {
  const paragraph = snapshot.paragraphs[index];
  if (!paragraph)
    throw new ReportError('section-no-place', 'There is nowhere in the report to add the Executive Summary.');
  return { paragraph: index, text: paragraph.text };
}

/** The title looks like the report's other front-matter titles (the timetable's), else bold text. */
function titleParagraph(snapshot: ReportSnapshot, frontMatter: FrontMatter, title: string): ParagraphToWrite {
  const model =
    frontMatter.timetableTitle !== null ? snapshot.paragraphs[frontMatter.timetableTitle] : undefined;
  if (model && !model.cell && model.headingLevel !== null) {
    const styleBuiltIn = /^Heading[1-9]$/.test(model.styleId ?? '')
      ? model.styleId!
      : `Heading${model.headingLevel}`;
    return { text: title, styleBuiltIn, bold: null };
  }
  return { text: title, styleBuiltIn: 'Normal', bold: true };
}

/**
 * Throws a ReportError when the template has no Executive Summary or the report has one already.
 */
export function planSummaryInsertion(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout = layoutSections(snapshot, template),
): SummaryInsertion {
  const spec = template.frontMatter.executiveSummary;
  if (!spec)
    throw new ReportError('section-unknown', `The template "${template.name}" has no Executive Summary.`);
  const frontMatter = readFrontMatter(snapshot, template, layout);
  if (frontMatter.executiveSummary)
    throw new ReportError(
      'section-present',
      'The report already has an Executive Summary. Check the report again to refresh the list.',
    );
  const paragraphs: ParagraphToWrite[] = [
    titleParagraph(snapshot, frontMatter, spec.title),
    { text: SUMMARY_PLACEHOLDER, styleBuiltIn: 'Normal', bold: false },
  ];
  const end = snapshot.paragraphs.length;
  const afterFields = endOfFields(snapshot, frontMatter);
  // Before the body-level paragraph that follows the fields: never inside the fields' table.
  if (afterFields !== null && afterFields + 1 < end) {
    // A table straight after a field paragraph: after the field, so not inside the table's first cell.
    if (snapshot.paragraphs[afterFields + 1]?.cell && !snapshot.paragraphs[afterFields]?.cell)
      return { anchor: anchorAt(snapshot, afterFields), location: 'After', paragraphs };
    return { anchor: anchorAt(snapshot, afterFields + 1), location: 'Before', paragraphs };
  }
  const firstPart = frontMatter.parts[0]?.paragraph;
  const next = Math.min(firstPart ?? end, layout.headings.length > 0 ? layout.frontMatterEnd : end);
  if (next < end) return { anchor: anchorAt(snapshot, next), location: 'Before', paragraphs };
  return { anchor: anchorAt(snapshot, end - 1), location: 'After', paragraphs };
}
