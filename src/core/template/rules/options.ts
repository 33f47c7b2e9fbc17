/**
 * options-too-few, options-no-do-nothing: Available Options sets out at least the template's
 * minimum number of options, one of them "do nothing" (the template's phrases, or any of the
 * wordings in ../do-nothing). A section that says the report is for noting is exempt.
 *
 * Counting options: when the section labels them ("Option 1", "Option A", "Option two"), the
 * distinct labels count, plus one for a "do nothing" paragraph without a label. Otherwise each
 * numbered paragraph, list item or (a)/(i) item counts, except lead-ins ending with ":".
 */
import type { Paragraph } from '../../report/snapshot';
import { draft, type Rule } from '../context';
import { classifyParagraph } from '../paragraphs';
import { sectionName } from '../sections';
import { describesDoNothing } from '../do-nothing';
import { normaliseText } from '../text';

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
};

function optionLabels(text: string): string[] {
  const labels: string[] = [];
  for (const match of text.matchAll(/\boption\s+(\d{1,2}|one|two|three|four|five|six)\b/gi)) {
    const label = (match[1] ?? '').toLowerCase();
    labels.push(NUMBER_WORDS[label] ?? label);
  }
  // Letters only in capitals, so "option a member could take" is not an option.
  for (const match of text.matchAll(/\b[Oo]ption\s+([A-F])\b/g)) labels.push(match[1] ?? '');
  return labels;
}

function mentions(normalised: string, phrases: string[]): boolean {
  return phrases.some((phrase) => ` ${normalised} `.includes(` ${normaliseText(phrase)} `));
}

/** The template's own phrases, and the wordings councils use that any template accepts. */
function isDoNothing(paragraph: Paragraph, doNothingPhrases: string[]): boolean {
  return mentions(normaliseText(paragraph.text), doNothingPhrases) || describesDoNothing(paragraph.text);
}

function countOptions(paragraphs: Paragraph[], doNothingPhrases: string[]): number {
  const labels = new Set<string>();
  let unlabelledDoNothing = false;
  for (const paragraph of paragraphs) {
    const found = optionLabels(paragraph.text);
    found.forEach((label) => labels.add(label));
    if (found.length === 0 && isDoNothing(paragraph, doNothingPhrases)) unlabelledDoNothing = true;
  }
  if (labels.size > 0) return labels.size + (unlabelledDoNothing ? 1 : 0);
  return paragraphs.filter((paragraph) => {
    const kind = classifyParagraph(paragraph).kind;
    const item = kind === 'numbered' || kind === 'sub-level' || kind === 'sub-item';
    return item && !paragraph.text.trim().endsWith(':');
  }).length;
}

export const optionsRules: Rule = {
  ids: ['options-too-few', 'options-no-do-nothing'],
  run(context) {
    const spec = context.template.options;
    const body = spec ? context.layout.bodies.get(spec.section) : undefined;
    if (!spec || !body) return [];
    const paragraphs = context.snapshot.paragraphs.slice(body.first, body.end);
    const text = normaliseText(paragraphs.map((paragraph) => paragraph.text).join(' '));
    if (mentions(text, spec.forNotingPhrases)) return [];
    const section = body.heading.section;
    const findings = [];
    const count = countOptions(paragraphs, spec.doNothingPhrases);
    if (count < spec.minimum) {
      findings.push(
        draft(context, 'options-too-few', {
          section: section.id,
          paragraph: body.heading.paragraph,
          message: `${capitalised(sectionName(section))} describes ${count} option${count === 1 ? '' : 's'}; the template expects at least ${spec.minimum}. Set out the other options considered, or say that the report is for noting.`,
        }),
      );
    }
    const doNothing =
      mentions(text, spec.doNothingPhrases) ||
      paragraphs.some((paragraph) => describesDoNothing(paragraph.text));
    if (!doNothing) {
      findings.push(
        draft(context, 'options-no-do-nothing', {
          section: section.id,
          paragraph: body.heading.paragraph,
          message: `${capitalised(sectionName(section))} has no "do nothing" option. Say what would happen if the Committee took no action.`,
        }),
      );
    }
    return findings;
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
