/**
 * section-missing, section-order, section-empty: every required section has a heading, the
 * headings come in the template's order, and each heading has something under it.
 */
import type { ReportSnapshot } from '../../report/snapshot';
import { draft, type CheckContext, type FindingDraft, type Rule } from '../context';
import { sectionName, type SectionBody, type SectionHeading } from '../sections';

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function missing(context: CheckContext): FindingDraft[] {
  const { sections } = context.template;
  return sections
    .filter((section) => section.required && !context.layout.bodies.has(section.id))
    .map((section) => {
      const i = sections.indexOf(section);
      const before = sections[i - 1];
      const after = sections[i + 1];
      const where = before
        ? `after ${before.title}`
        : after
          ? `before ${after.title}`
          : 'after the front matter';
      return draft(context, 'section-missing', {
        section: section.id,
        message: `Section ${section.number} "${section.title}" is missing. Add ${article(section.title)} ${section.title} section ${where}.`,
      });
    });
}

/**
 * The headings kept in place: the longest run in template order, preferring lower-numbered
 * sections, so that when two sections are swapped the one that jumped ahead is blamed, and when
 * one section is moved down the report only that section is blamed.
 */
function inOrder(headings: SectionHeading[]): Set<SectionHeading> {
  const numbers = headings.map((heading) => heading.section.number);
  // longestFrom[i]: length of the longest increasing run starting at heading i.
  const longestFrom = numbers.map(() => 1);
  for (let i = numbers.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < numbers.length; j++) {
      if (numbers[j]! > numbers[i]! && longestFrom[j]! + 1 > longestFrom[i]!)
        longestFrom[i] = longestFrom[j]! + 1;
    }
  }
  const kept = new Set<SectionHeading>();
  let remaining = Math.max(0, ...longestFrom);
  let previous = 0;
  let from = 0;
  while (remaining > 0) {
    let pick = -1;
    for (let j = from; j < numbers.length; j++) {
      if (
        numbers[j]! > previous &&
        longestFrom[j] === remaining &&
        (pick < 0 || numbers[j]! < numbers[pick]!)
      )
        pick = j;
    }
    if (pick < 0) break;
    kept.add(headings[pick]!);
    previous = numbers[pick]!;
    from = pick + 1;
    remaining -= 1;
  }
  return kept;
}

function order(context: CheckContext): FindingDraft[] {
  const { headings } = context.layout;
  const kept = inOrder(headings);
  return headings
    .filter((heading) => !kept.has(heading))
    .map((heading) => {
      const position = headings.indexOf(heading);
      const number = heading.section.number;
      const laterSmaller = headings
        .slice(position + 1)
        .find((other) => kept.has(other) && other.section.number < number);
      const earlierLarger = headings
        .slice(0, position)
        .reverse()
        .find((other) => kept.has(other) && other.section.number > number);
      const relation = laterSmaller
        ? `comes before ${sectionName(laterSmaller.section)}`
        : `comes after ${sectionName(earlierLarger?.section ?? heading.section)}`;
      return draft(context, 'section-order', {
        section: heading.section.id,
        paragraph: heading.paragraph,
        message: `Section ${number} "${heading.section.title}" is out of order: it ${relation}. Move it so the sections run in the template's order.`,
      });
    });
}

/** Anything under a heading: text, a table or a picture. */
function hasBody(snapshot: ReportSnapshot, body: SectionBody): boolean {
  if (body.heading.inline !== '') return true;
  for (let i = body.first; i < body.end; i++) {
    if ((snapshot.paragraphs[i]?.text.trim() ?? '') !== '') return true;
  }
  return snapshot.pictures.some((picture) => picture.paragraph >= body.first && picture.paragraph < body.end);
}

function empty(context: CheckContext): FindingDraft[] {
  return context.layout.headings
    .filter((heading) => !hasBody(context.snapshot, context.layout.bodies.get(heading.section.id)!))
    .map((heading) =>
      draft(context, 'section-empty', {
        section: heading.section.id,
        paragraph: heading.paragraph,
        message:
          `Section ${heading.section.number} "${heading.section.title}" has a heading but nothing under it. ${heading.section.guidance}`.trim(),
      }),
    );
}

export const sectionRules: Rule = {
  ids: ['section-missing', 'section-order', 'section-empty'],
  run: (context) => [...missing(context), ...order(context), ...empty(context)],
};
