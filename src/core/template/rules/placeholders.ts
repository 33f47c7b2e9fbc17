/**
 * placeholder-text: template placeholders ("[Insert date]", "XXX", "TBC", "{{name}}", "Lorem
 * ipsum") and the template's own guidance sentences left in the report, in any paragraph
 * including table cells. One finding per paragraph.
 */
import { draft, type FindingDraft, type Rule } from '../context';
import { excerptAround, excerptOf, normaliseText, sentencesOf } from '../text';

/** Guidance sentences shorter than this (words) are too generic to recognise safely. */
const MIN_GUIDANCE_WORDS = 4;

export const placeholderRule: Rule = {
  ids: ['placeholder-text'],
  run(context) {
    const { placeholders, sections } = context.template;
    const patterns = placeholders.patterns.map((pattern) => new RegExp(pattern, 'i'));
    const guidance = [
      ...placeholders.guidance,
      ...sections.flatMap((section) => sentencesOf(section.guidance)),
    ]
      .map((sentence) => ({ sentence, normalised: normaliseText(sentence) }))
      .filter(({ normalised }) => normalised.split(' ').length >= MIN_GUIDANCE_WORDS)
      // Padded once here, not once per paragraph: matched as whole words below.
      .map(({ sentence, normalised }) => ({ sentence, padded: ` ${normalised} ` }));

    const findings: FindingDraft[] = [];
    for (const paragraph of context.snapshot.paragraphs) {
      if (paragraph.text.trim() === '') continue;
      const details = {
        section: context.placeOf(paragraph.index),
        paragraph: paragraph.index,
      };
      let match: RegExpExecArray | null = null;
      for (const pattern of patterns) {
        match = pattern.exec(paragraph.text);
        if (match && match[0] !== '') break;
        match = null;
      }
      if (match) {
        findings.push(
          draft(context, 'placeholder-text', {
            ...details,
            excerpt: excerptAround(paragraph.text, match.index, match[0].length),
            message: `Placeholder text "${excerptOf(match[0], 40)}" is still in the report. Replace it with the real text.`,
          }),
        );
        continue;
      }
      const normalised = ` ${normaliseText(paragraph.text)} `;
      const left = guidance.find((g) => normalised.includes(g.padded));
      if (left) {
        findings.push(
          draft(context, 'placeholder-text', {
            ...details,
            message: `The template's guidance "${excerptOf(left.sentence, 60)}" is still in the report. Replace it with the report's own text.`,
          }),
        );
      }
    }
    return findings;
  },
};
