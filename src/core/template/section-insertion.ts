/**
 * Where a missing section goes and what to write there: decided here, from the snapshot alone, so
 * the Word host only has to verify its anchor and write.
 *
 * The heading follows the way the report writes its other section headings (a Heading style, or
 * bold Normal paragraphs in capitals; "4. Risk", "4 RISK" or "4.\tRISK"), so the new heading looks
 * like its neighbours and the checker recognises it as the others.
 */
import { ReportError } from '../errors';
import type { ParagraphAnchor, ParagraphToWrite } from '../report/host';
import type { Paragraph, ReportSnapshot } from '../report/snapshot';
import type { SectionResult } from './finding';
import { layoutSections, type SectionHeading } from './sections';
import { FRONT_MATTER_RECOMMENDATIONS, planRecommendationsInsertion } from './recommendations-insertion';
import { planSummaryInsertion } from './summary-insertion';
import type { SectionSpec, TemplateSpec } from './spec';
import { isAllCaps, splitHeadingNumber } from './text';

/** The check's id for the Executive Summary, a front-matter part that can be added from the checklist. */
export const FRONT_MATTER_SUMMARY = 'executive-summary';
export { FRONT_MATTER_RECOMMENDATIONS };

/** The front-matter parts "Insert missing section" can add; the timetable is a table, written by hand. */
const INSERTABLE_PARTS: ReadonlySet<string> = new Set([FRONT_MATTER_SUMMARY, FRONT_MATTER_RECOMMENDATIONS]);

/**
 * Whether the checklist offers to insert this section or part: only when the check found none of
 * it. A part that is there but incomplete (a recommendations lead with no numbered list) is the
 * officer's to finish; adding a second one would only confuse the check and the Committee.
 */
export function offersInsertion(section: SectionResult): boolean {
  return section.status === 'missing' && (section.number != null || INSERTABLE_PARTS.has(section.id));
}

/** A paragraph number typed at the start of body text, "1.4" then a tab or spaces. */
const TYPED_PARAGRAPH_NUMBER = /^\s*\d{1,2}(?:\.\d{1,3})+\.?\)?(\s+)/;

export interface SectionInsertion {
  sectionId: string;
  /** The paragraph the new ones are written next to, with its text as read, to verify before writing. */
  anchor: ParagraphAnchor;
  /** 'Before' the heading that follows the section's place, or 'After' the report's last paragraph. */
  location: 'Before' | 'After';
  /** In document order: the heading, then the template's guidance as a placeholder (when it has one). */
  paragraphs: ParagraphToWrite[];
}

/** How the report writes its section headings, read from one it has. */
interface HeadingStyle {
  styleBuiltIn: string;
  bold: boolean | null;
  capitals: boolean;
  /** Typed number before the title, e.g. "{n}. " or "{n}\t"; null when Word numbers the headings or none are numbered. */
  numberFormat: string | null;
}

/** The template's own look when the report has no section heading to copy: "4. Risk" in Heading 1. */
const DEFAULT_STYLE: HeadingStyle = {
  styleBuiltIn: 'Heading1',
  bold: null,
  capitals: false,
  numberFormat: '{n}. ',
};

// "4. ", "4\t", "Section 4: ", "4.0\t": what follows the number is copied to the new heading.
const TYPED_NUMBER = /^(\s*(?:section\s+)?)(\d{1,2})((?:\.0(?!\d))?(?![\d.]\d)\s*[.):]?\s*)/i;

function headingStyleOf(paragraph: Paragraph): HeadingStyle {
  const styled = paragraph.headingLevel !== null;
  const styleBuiltIn = styled
    ? /^Heading[1-9]$/.test(paragraph.styleId ?? '')
      ? paragraph.styleId!
      : `Heading${paragraph.headingLevel}`
    : 'Normal';
  const typed = TYPED_NUMBER.exec(paragraph.text);
  // A Word-numbered heading gets its number from the list or style; typing one would show it twice.
  const wordNumbered = paragraph.list !== null && !paragraph.list.bullet;
  const numberFormat = typed && !wordNumbered ? `${typed[1] ?? ''}{n}${typed[3] || ' '}` : null;
  return {
    styleBuiltIn,
    bold: styled ? null : paragraph.boldOnly,
    capitals: isAllCaps(splitHeadingNumber(paragraph.text).rest),
    numberFormat,
  };
}

/** The found heading nearest in the template to `section`: neighbours are the best guide to style. */
function nearestHeading(headings: SectionHeading[], section: SectionSpec): SectionHeading | undefined {
  return [...headings].sort(
    (a, b) => Math.abs(a.section.number - section.number) - Math.abs(b.section.number - section.number),
  )[0];
}

/**
 * How the report types paragraph numbers ("1.1<tab>"), from the first typed one under `heading`:
 * the text to put after "4.1". Null when the paragraphs are numbered by Word or not at all.
 */
function paragraphNumberSpacing(
  snapshot: ReportSnapshot,
  heading: SectionHeading,
  end: number,
): string | null {
  for (let i = heading.paragraph + 1; i < end; i++) {
    const paragraph = snapshot.paragraphs[i];
    if (!paragraph || paragraph.cell || paragraph.list) continue;
    const typed = TYPED_PARAGRAPH_NUMBER.exec(paragraph.text);
    if (typed) return typed[1] ?? ' ';
  }
  return null;
}

export function headingText(section: SectionSpec, style: HeadingStyle): string {
  const title = style.capitals ? section.title.toUpperCase() : section.title;
  return style.numberFormat === null
    ? title
    : `${style.numberFormat.replace('{n}', String(section.number))}${title}`;
}

function anchorOf(snapshot: ReportSnapshot, index: number): ParagraphAnchor {
  const paragraph = snapshot.paragraphs[index];
  if (!paragraph)
    throw new ReportError('section-no-place', 'There is nowhere in the report to add the section.');
  return { paragraph: index, text: paragraph.text };
}

/**
 * Where section `sectionId` goes and what to write: after the last paragraph of the section before
 * it in the template that the report has (that is, before the heading that follows that section in
 * the report), or, when no earlier section is there, before the first section heading; with no
 * section headings at all, at the end of the report.
 *
 * The Executive Summary (`FRONT_MATTER_SUMMARY`) goes after the header fields (summary-insertion.ts),
 * the recommendations (`FRONT_MATTER_RECOMMENDATIONS`) before the timetable or after the summary
 * (recommendations-insertion.ts).
 *
 * Throws a ReportError when the template has no such section or the report already has it.
 */
export function planSectionInsertion(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  sectionId: string,
): SectionInsertion {
  if (sectionId === FRONT_MATTER_SUMMARY && template.frontMatter.executiveSummary)
    return { sectionId, ...planSummaryInsertion(snapshot, template) };
  if (sectionId === FRONT_MATTER_RECOMMENDATIONS && template.frontMatter.recommendations)
    return { sectionId, ...planRecommendationsInsertion(snapshot, template) };
  const section = template.sections.find((s) => s.id === sectionId);
  if (!section) {
    throw new ReportError(
      'section-unknown',
      `The template "${template.name}" has no section "${sectionId}".`,
    );
  }
  const layout = layoutSections(snapshot, template);
  if (layout.bodies.has(section.id)) {
    throw new ReportError(
      'section-present',
      `The report already has section ${section.number} "${section.title}". Check the report again to refresh the list.`,
    );
  }

  const index = template.sections.indexOf(section);
  const before = template.sections
    .slice(0, index)
    .reverse()
    .find((s) => layout.bodies.has(s.id));
  const end = snapshot.paragraphs.length;
  let next: number;
  if (before) next = layout.bodies.get(before.id)!.end;
  else next = layout.headings.length > 0 ? layout.frontMatterEnd : end;

  const nearest = nearestHeading(layout.headings, section);
  const nearestParagraph = nearest ? snapshot.paragraphs[nearest.paragraph] : undefined;
  const style = nearestParagraph ? headingStyleOf(nearestParagraph) : DEFAULT_STYLE;
  // Numbered like the report's other paragraphs ("4.1<tab>"), so the new section is not reported
  // as unnumbered on top of its guidance still being there.
  const spacing =
    nearest && section.numberedParagraphs
      ? paragraphNumberSpacing(snapshot, nearest, layout.bodies.get(nearest.section.id)?.end ?? end)
      : null;
  const guidance = spacing === null ? section.guidance : `${section.number}.1${spacing}${section.guidance}`;
  const paragraphs: ParagraphToWrite[] = [
    { text: headingText(section, style), styleBuiltIn: style.styleBuiltIn, bold: style.bold },
  ];
  if (section.guidance.trim() !== '') {
    // Not bold even when written next to a bold heading: it is body text.
    paragraphs.push({ text: guidance, styleBuiltIn: 'Normal', bold: false });
  }

  // A section heading is never in a table cell, so writing before one never lands inside a table;
  // Word always ends the body with a paragraph outside any table, so writing after it is safe too.
  if (next < end) return { sectionId, anchor: anchorOf(snapshot, next), location: 'Before', paragraphs };
  return { sectionId, anchor: anchorOf(snapshot, end - 1), location: 'After', paragraphs };
}
