/** The executive summary and the recommendations. */
import type { Paragraph, ReportSnapshot } from '../../report/snapshot';
import type { TemplateSpec } from '../spec';
import type { SectionLayout } from '../sections';
import { normaliseText, wordCount } from '../text';
import { findTitle, isFrontMatterParagraph, isNumberedItem, looksLikeTitle, names } from './paragraphs';

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

/** A recommendation worded as a motion, unnumbered: "That the Committee agrees ...". */
function isMotion(paragraph: Paragraph): boolean {
  return /^\s*that\s/i.test(paragraph.text);
}

/** Longest (words) a lead written in the council's own words may be: a line, not a paragraph. */
const MAX_OWN_LEAD_WORDS = 12;

/**
 * The template's lead and its aliases, normalised once per check: the lead is looked for in each
 * front-matter paragraph, and a long report has hundreds.
 */
interface Lead {
  text: string;
  /** Set for a lead of three words or more, which may go on ("... to the final decision-maker:"). */
  goesOn: string | null;
}

function recommendationLeads(lead: string, aliases: string[]): Lead[] {
  return names(lead, aliases).map((text) => ({ text, goesOn: wordCount(text) >= 3 ? `${text} ` : null }));
}

const BEGINS_RECOMMENDATIONS = /^recommendations?\b/;
const ENDS_WITH_COLON = /:\s*$/;
const SAYS_RECOMMEND = /\brecommend(?:s|ed|ation|ations)?\b/;
const BEGINS_THAT = /^that\b/;

function isRecommendationsLead(paragraph: Paragraph, leads: Lead[]): boolean {
  const normalised = normaliseText(paragraph.text);
  // Long leads may be followed by "to the final decision-maker:"; one-word leads must match exactly.
  for (const lead of leads) {
    if (normalised === lead.text || (lead.goesOn !== null && normalised.startsWith(lead.goesOn))) return true;
  }
  // In the council's own words: a short line that begins "Recommendation(s)" ("Recommendations to
  // the Committee") or introduces them ("The Committee is recommended to:").
  if (paragraph.cell) return false;
  const words = wordCount(normalised);
  if (words > MAX_OWN_LEAD_WORDS) return false;
  return (
    BEGINS_RECOMMENDATIONS.test(normalised) ||
    (ENDS_WITH_COLON.test(paragraph.text) &&
      (SAYS_RECOMMEND.test(normalised) ||
        // "That the Committee:" above the numbered recommendations.
        (BEGINS_THAT.test(normalised) && words <= 6)))
  );
}

export function readRecommendations(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
  stops: Set<number>,
): Recommendations | null {
  const spec = template.frontMatter.recommendations;
  if (!spec) return null;
  const leads = recommendationLeads(spec.lead, spec.aliases);
  // Only the front matter can hold the lead: the paragraphs before section 1.
  let lead: Paragraph | undefined;
  for (const paragraph of snapshot.paragraphs) {
    if (!isFrontMatterParagraph(paragraph, layout)) break;
    if (isRecommendationsLead(paragraph, leads)) {
      lead = paragraph;
      break;
    }
  }
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

export function readExecutiveSummary(
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
