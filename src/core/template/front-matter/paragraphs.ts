/** The front matter's paragraphs: titles, "Label: value" lines and numbered items. */
import type { Paragraph, ReportSnapshot } from '../../report/snapshot';
import { headingCandidate, type SectionLayout } from '../sections';
import { normaliseText } from '../text';

export function names(label: string, aliases: string[]): string[] {
  return [label, ...aliases].map(normaliseText).filter((name) => name !== '');
}

/** "Label: value" or "Label<tab>value" in one paragraph. */
export function splitLabelled(text: string): { label: string; value: string } | null {
  const match = /^([^:\t]{2,60})[:\t]\s*(.*)$/s.exec(text.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { label: match[1], value: match[2].trim() };
}

export function isFrontMatterParagraph(paragraph: Paragraph, layout: SectionLayout): boolean {
  return paragraph.index < layout.frontMatterEnd;
}

/** Paragraph whose text is a front-matter title (exact, or the title followed by inline text). */
export function findTitle(
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
export function isNumberedItem(paragraph: Paragraph): boolean {
  if (paragraph.list && !paragraph.list.bullet && paragraph.list.label.trim() !== '') return true;
  return /^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\))(?=\s|$)|^\s*\d{1,2}(?:\t|\s+(?=that\b))/i.test(
    paragraph.text,
  );
}

/** A short bold, capitals or heading-styled paragraph: where a front-matter part ends. */
export function looksLikeTitle(paragraph: Paragraph): boolean {
  return headingCandidate(paragraph) !== null && !isNumberedItem(paragraph);
}
