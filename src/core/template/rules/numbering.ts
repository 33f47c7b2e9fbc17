/**
 * numbering-duplicate, numbering-out-of-order, numbering-gap, paragraph-unnumbered: paragraphs
 * inside section N are numbered N.1, N.2, ... in order, typed or by Word numbering.
 *
 * Sub-lists ((a), (i), bullets), sub-levels (N.M.K), sub-headings, captions, tables, empty
 * paragraphs and the live regions the product writes (see liveRegionParagraphs) are not part of
 * the sequence. Short plain paragraphs after a lead-in ending with ":"
 * are taken as the items of that list. The expected N is the number shown on the section's
 * heading when it has one (an author who left a section out numbers the rest accordingly),
 * otherwise the template's number.
 */
import { draft, type CheckContext, type FindingDraft, type Rule } from '../context';
import { classifyParagraph, liveRegionParagraphs } from '../paragraphs';
import { sectionName, type SectionBody } from '../sections';

/** Longest plain paragraph (characters) still taken as an item of a list introduced with ":". */
const MAX_LIST_ITEM_LENGTH = 200;

interface NumberedParagraph {
  paragraph: number;
  major: number;
  minor: number;
  text: string;
}

function checkSection(context: CheckContext, body: SectionBody, live: Set<number>): FindingDraft[] {
  const section = body.heading.section;
  const expected = body.heading.shownNumber ?? section.number;
  const findings: FindingDraft[] = [];
  const numbered: NumberedParagraph[] = [];
  const unnumbered: { paragraph: number; after: NumberedParagraph | undefined }[] = [];
  let inList = false;

  for (const paragraph of context.snapshot.paragraphs.slice(body.first, body.end)) {
    if (live.has(paragraph.index)) continue;
    const kind = classifyParagraph(paragraph);
    if (kind.kind === 'numbered') {
      const [major = 0, minor = 0] = kind.number.parts;
      numbered.push({ paragraph: paragraph.index, major, minor, text: kind.number.text });
      inList = paragraph.text.trim().endsWith(':');
    } else if (kind.kind === 'plain') {
      const short = paragraph.text.trim().length <= MAX_LIST_ITEM_LENGTH;
      if (!(inList && short)) {
        unnumbered.push({ paragraph: paragraph.index, after: numbered[numbered.length - 1] });
        inList = paragraph.text.trim().endsWith(':');
      }
    } else if (kind.kind === 'sub-heading') {
      inList = false;
    }
  }

  if (numbered.length === 0) {
    const first = unnumbered[0];
    if (first) {
      findings.push(
        draft(context, 'paragraph-unnumbered', {
          section: section.id,
          paragraph: first.paragraph,
          message: `None of the paragraphs in ${sectionName(section)} are numbered. Number them ${expected}.1, ${expected}.2 and so on.`,
        }),
      );
    }
    return findings;
  }

  for (const { paragraph, after } of unnumbered) {
    const where = after ? `it follows ${after.text}` : `it comes before ${numbered[0]!.text}`;
    findings.push(
      draft(context, 'paragraph-unnumbered', {
        section: section.id,
        paragraph,
        message: `This paragraph in ${sectionName(section)} is not numbered (${where}). Number it, or join it to the paragraph above.`,
      }),
    );
  }

  const minors = new Set(numbered.filter((p) => p.major === expected).map((p) => p.minor));
  const seen = new Set<number>();
  let highest = 0;
  let previous: NumberedParagraph | undefined;
  for (const current of numbered) {
    const details = { section: section.id, paragraph: current.paragraph, number: current.text };
    if (current.major !== expected) {
      findings.push(
        draft(context, 'numbering-out-of-order', {
          ...details,
          message: `Paragraph ${current.text} is in ${sectionName(section)}, whose paragraphs are numbered ${expected}.1, ${expected}.2 and so on. Renumber it.`,
        }),
      );
      continue;
    }
    if (seen.has(current.minor)) {
      findings.push(
        draft(context, 'numbering-duplicate', {
          ...details,
          message: `Paragraph number ${current.text} is used twice in ${sectionName(section)}. Renumber the paragraphs so each number is used once.`,
        }),
      );
    } else if (current.minor < highest) {
      findings.push(
        draft(context, 'numbering-out-of-order', {
          ...details,
          message: `Paragraph ${current.text} comes after ${previous?.text ?? `${expected}.${highest}`}. Put the paragraphs in order or renumber them.`,
        }),
      );
    } else {
      const skipped: string[] = [];
      for (let minor = highest + 1; minor < current.minor; minor++) {
        if (!minors.has(minor)) skipped.push(`${expected}.${minor}`);
      }
      if (skipped.length > 0) {
        const from = highest === 0 ? 'starts at' : `jumps from ${expected}.${highest} to`;
        findings.push(
          draft(context, 'numbering-gap', {
            ...details,
            message: `Paragraph numbering in ${sectionName(section)} ${from} ${current.text}: ${skipped.join(', ')} ${skipped.length === 1 ? 'is' : 'are'} missing. Renumber the paragraphs.`,
          }),
        );
      }
    }
    seen.add(current.minor);
    highest = Math.max(highest, current.minor);
    previous = current;
  }
  return findings;
}

export const numberingRules: Rule = {
  ids: ['numbering-duplicate', 'numbering-out-of-order', 'numbering-gap', 'paragraph-unnumbered'],
  run(context) {
    const live = liveRegionParagraphs(context.snapshot);
    return context.layout.headings
      .filter((heading) => heading.section.numberedParagraphs)
      .flatMap((heading) => checkSection(context, context.layout.bodies.get(heading.section.id)!, live));
  },
};
