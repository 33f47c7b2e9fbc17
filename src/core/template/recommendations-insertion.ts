/**
 * Where a missing recommendations list goes and what to write there: the template's lead ("This
 * report makes the following recommendations to this Committee:") and one numbered placeholder
 * recommendation, which the checker reports as placeholder text ("[Insert …]") until the officer
 * writes the recommendation, so nothing unfinished can pass for one.
 *
 * Place, in the template's front-matter order (Executive Summary, recommendations, Timetable):
 * before the timetable when it comes after the summary or there is no summary; otherwise after the
 * summary; with neither, after the header fields; with none of them, before section 1, or at the
 * end of an empty report. Never inside a table: next to a table, it goes before or after the whole
 * table.
 *
 * The number is typed ("1.<tab>"), not a List Number style: a report made outside Word often has
 * no such style, and then a .docx shows no number at all, while a typed number shows and reads the
 * same in Word, LibreOffice and our reader, which takes it as a numbered recommendation.
 */
import { ReportError } from '../errors';
import type { ParagraphAnchor, ParagraphToWrite } from '../report/host';
import type { ReportSnapshot } from '../report/snapshot';
import { readFrontMatter } from './front-matter';
import { layoutSections, type SectionLayout } from './sections';
import type { TemplateSpec } from './spec';
import { endOfFields } from './summary-insertion';

/** The check's id for the recommendations, a front-matter part that can be added from the checklist. */
export const FRONT_MATTER_RECOMMENDATIONS = 'recommendations';

/** Short enough to be quoted whole in the placeholder finding. */
export const RECOMMENDATION_PLACEHOLDER = '[Insert the first recommendation]';

/** The typed number before the placeholder: "1." and a tab, as reports number their recommendations. */
export const FIRST_RECOMMENDATION_NUMBER = '1.\t';

export interface RecommendationsInsertion {
  anchor: ParagraphAnchor;
  location: 'Before' | 'After';
  paragraphs: ParagraphToWrite[];
}

type Place = Omit<RecommendationsInsertion, 'paragraphs'>;

function noPlace(): ReportError {
  return new ReportError('section-no-place', 'There is nowhere in the report to add the recommendations.');
}

function anchorAt(snapshot: ReportSnapshot, index: number): ParagraphAnchor {
  const paragraph = snapshot.paragraphs[index];
  if (!paragraph) throw noPlace();
  return { paragraph: index, text: paragraph.text };
}

/** The outermost table holding paragraph `index`. */
function tableAround(snapshot: ReportSnapshot, index: number) {
  return snapshot.tables.find((t) => t.depth === 0 && t.firstParagraph <= index && index <= t.lastParagraph);
}

/** Just before paragraph `index`, or before the whole table it is in. */
function placeBefore(snapshot: ReportSnapshot, index: number): Place {
  if (!snapshot.paragraphs[index]?.cell) return { anchor: anchorAt(snapshot, index), location: 'Before' };
  const table = tableAround(snapshot, index);
  // After the paragraph before the table: writing before a cell's paragraph would write into the cell.
  const previous = table ? table.firstParagraph - 1 : -1;
  if (previous < 0 || snapshot.paragraphs[previous]?.cell) throw noPlace();
  return { anchor: anchorAt(snapshot, previous), location: 'After' };
}

/** Just after paragraph `index`, or after the whole table it is in. */
function placeAfter(snapshot: ReportSnapshot, index: number): Place {
  if (!snapshot.paragraphs[index]?.cell) return { anchor: anchorAt(snapshot, index), location: 'After' };
  const table = tableAround(snapshot, index);
  const next = table ? table.lastParagraph + 1 : snapshot.paragraphs.length;
  if (next >= snapshot.paragraphs.length || snapshot.paragraphs[next]?.cell) throw noPlace();
  return { anchor: anchorAt(snapshot, next), location: 'Before' };
}

/**
 * Throws a ReportError when the template has no recommendations or the report has the lead
 * already (with or without its numbered list: a lead without numbers is for the officer to number).
 */
export function planRecommendationsInsertion(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout = layoutSections(snapshot, template),
): RecommendationsInsertion {
  const spec = template.frontMatter.recommendations;
  if (!spec)
    throw new ReportError('section-unknown', `The template "${template.name}" has no recommendations.`);
  const frontMatter = readFrontMatter(snapshot, template, layout);
  if (frontMatter.recommendations)
    throw new ReportError(
      'section-present',
      'The report already has recommendations. Check the report again to refresh the list.',
    );
  // Body text, like the rest of the front matter; the lead is the part's title in the template.
  const paragraphs: ParagraphToWrite[] = [
    { text: spec.lead, styleBuiltIn: 'Normal', bold: false },
    {
      text: `${FIRST_RECOMMENDATION_NUMBER}${RECOMMENDATION_PLACEHOLDER}`,
      styleBuiltIn: 'Normal',
      bold: false,
    },
  ];
  return { ...place(snapshot, frontMatter, layout), paragraphs };
}

function place(
  snapshot: ReportSnapshot,
  frontMatter: ReturnType<typeof readFrontMatter>,
  layout: SectionLayout,
): Place {
  const end = snapshot.paragraphs.length;
  const summary = frontMatter.parts.find((p) => p.id === 'executive-summary');
  // A timetable found only after section 1 is not the front matter's: the lead must stay before it.
  const timetable = frontMatter.parts.find(
    (p) => p.id === 'timetable' && p.paragraph < layout.frontMatterEnd,
  );
  if (timetable && (!summary || timetable.paragraph > summary.paragraph))
    return placeBefore(snapshot, timetable.paragraph);
  if (summary) return placeAfter(snapshot, summary.end - 1);
  const afterFields = endOfFields(snapshot, frontMatter);
  if (afterFields !== null) return placeAfter(snapshot, afterFields);
  const next = layout.headings.length > 0 ? layout.frontMatterEnd : end;
  if (next < end) return placeBefore(snapshot, next);
  if (end === 0) throw noPlace();
  return placeAfter(snapshot, end - 1);
}
