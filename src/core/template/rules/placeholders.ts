/**
 * placeholder-text: template placeholders ("[Insert date]", "XXX", "TBC", "{{name}}", "Lorem
 * ipsum") and the template's own guidance sentences left in the report, in any paragraph
 * including table cells. One finding per paragraph.
 */
import { draft, type FindingDraft, type Rule } from '../context';
import type { TemplateSpec } from '../spec';
import { excerptAround, excerptOf, normaliseText, sentencesOf, wordCount } from '../text';

/** Guidance sentences shorter than this (words) are too generic to recognise safely. */
const MIN_GUIDANCE_WORDS = 4;

/** A guidance sentence, and its normalised words with a space either side to match whole words. */
interface Guidance {
  sentence: string;
  padded: string;
}

/**
 * The template's guidance sentences, and one pattern that finds any of them. A long report has
 * thousands of paragraphs and a template a few dozen sentences: searching each paragraph once for
 * all of them, rather than once per sentence, is most of this rule's time saved. A council's own
 * template may hold guidance too long for one pattern (the engine refuses it as too large): then
 * `any` is null and each paragraph is searched sentence by sentence, as before.
 */
function guidanceOf(template: TemplateSpec): { sentences: Guidance[]; any: RegExp | null } {
  const { placeholders, sections } = template;
  const sentences = [
    ...placeholders.guidance,
    ...sections.flatMap((section) => sentencesOf(section.guidance)),
  ]
    .map((sentence) => ({ sentence, normalised: normaliseText(sentence) }))
    .filter(({ normalised }) => wordCount(normalised) >= MIN_GUIDANCE_WORDS)
    .map(({ sentence, normalised }) => ({ sentence, padded: ` ${normalised} ` }));
  return { sentences, any: anyOf(sentences) };
}

/** Longest pattern source combined into one search; far above the built-in templates' ~2,000. */
const MAX_COMBINED_PATTERN = 20_000;

function anyOf(sentences: Guidance[]): RegExp | null {
  const source = sentences.map(({ padded }) => escapeRegExp(padded)).join('|');
  if (source.length === 0 || source.length > MAX_COMBINED_PATTERN) return null;
  try {
    return new RegExp(source);
  } catch {
    return null; // too large for this engine after all: search sentence by sentence
  }
}

/** Normalised text holds only letters, digits and spaces; escaped all the same, to match only itself. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const placeholderRule: Rule = {
  ids: ['placeholder-text'],
  run(context) {
    const patterns = context.template.placeholders.patterns.map((pattern) => new RegExp(pattern, 'i'));
    const guidance = guidanceOf(context.template);

    const findings: FindingDraft[] = [];
    for (const paragraph of context.snapshot.paragraphs) {
      if (paragraph.text.trim() === '') continue;
      let match: RegExpExecArray | null = null;
      for (const pattern of patterns) {
        match = pattern.exec(paragraph.text);
        if (match && match[0] !== '') break;
        match = null;
      }
      if (match) {
        findings.push(
          draft(context, 'placeholder-text', {
            section: context.placeOf(paragraph.index),
            paragraph: paragraph.index,
            excerpt: excerptAround(paragraph.text, match.index, match[0].length),
            message: `Placeholder text "${excerptOf(match[0], 40)}" is still in the report. Replace it with the real text.`,
          }),
        );
        continue;
      }
      if (guidance.sentences.length === 0) continue;
      const normalised = ` ${normaliseText(paragraph.text)} `;
      if (guidance.any !== null && !guidance.any.test(normalised)) continue;
      // The first sentence in the template's order that is left, as when each was tried in turn.
      const left = guidance.sentences.find((g) => normalised.includes(g.padded));
      if (left) {
        findings.push(
          draft(context, 'placeholder-text', {
            section: context.placeOf(paragraph.index),
            paragraph: paragraph.index,
            message: `The template's guidance "${excerptOf(left.sentence, 60)}" is still in the report. Replace it with the report's own text.`,
          }),
        );
      }
    }
    return findings;
  },
};
