/**
 * What a body paragraph is, for the numbering and options rules: a numbered paragraph ("1.4 ...",
 * typed or from Word numbering), an item of a sub-list, a sub-heading, a caption, or plain text.
 */
import type { Paragraph, ReportSnapshot } from '../report/snapshot';
import { headingCandidate } from './sections';
import { isTypedSubItem, labelParagraphNumber, typedParagraphNumber, type ParagraphNumber } from './text';

export type ParagraphKind =
  /** Numbered N.M: a paragraph of the section. */
  | { kind: 'numbered'; number: ParagraphNumber }
  /** Numbered N.M.K: a sub-paragraph, outside the N.1, N.2 ... sequence. */
  | { kind: 'sub-level'; number: ParagraphNumber }
  /** A bullet, (a), (i) or "1." item of a list belonging to the paragraph above. */
  | { kind: 'sub-item' }
  /** A heading inside a section, heading-styled or short and bold. */
  | { kind: 'sub-heading' }
  /** "Figure 1: ...", "Source: ...": belongs to a chart or table. */
  | { kind: 'caption' }
  /** Body text with no number. */
  | { kind: 'plain' }
  /** Empty, or in a table cell: not part of the paragraph sequence. */
  | { kind: 'none' };

const CAPTION = /^\s*(?:(?:figure|fig\.|table|chart|graph|map|image)\s+\d+|source\s*:|note\s*:)/i;

function numberOf(paragraph: Paragraph): ParagraphNumber | null {
  const list = paragraph.list;
  if (list && !list.bullet) {
    const fromLabel = labelParagraphNumber(list.label);
    if (fromLabel) return fromLabel;
  }
  return typedParagraphNumber(paragraph.text);
}

export function classifyParagraph(paragraph: Paragraph): ParagraphKind {
  if (paragraph.cell || paragraph.text.trim() === '') return { kind: 'none' };
  const number = numberOf(paragraph);
  if (number) return number.parts.length === 2 ? { kind: 'numbered', number } : { kind: 'sub-level', number };
  if (paragraph.list && paragraph.list.label.trim() !== '') return { kind: 'sub-item' };
  if (isTypedSubItem(paragraph.text)) return { kind: 'sub-item' };
  if (paragraph.headingLevel !== null || headingCandidate(paragraph)) return { kind: 'sub-heading' };
  if (CAPTION.test(paragraph.text)) return { kind: 'caption' };
  return { kind: 'plain' };
}

/** Tag prefix of the content controls Council Report writes its live tables, figures, charts and consultation summary in. */
const LIVE_REGION_TAG = 'cr:live:';

/**
 * Paragraphs inside a live region that stands as a block of its own (a table with its caption and
 * source line, a chart, a figure sentence, the consultation summary): content the product writes
 * and rewrites on refresh, like a table or a picture, so not part of the N.1, N.2 ... sequence. A
 * figure inside an officer's sentence (an inline control) leaves the sentence the officer's.
 */
export function liveRegionParagraphs(snapshot: ReportSnapshot): Set<number> {
  const inside = new Set<number>();
  for (const control of snapshot.contentControls) {
    if (control.inline || !control.tag?.startsWith(LIVE_REGION_TAG)) continue;
    for (let p = control.firstParagraph; p <= control.lastParagraph; p++) inside.add(p);
  }
  return inside;
}
