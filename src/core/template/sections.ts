/**
 * Finding the template's sections in a report.
 *
 * Real reports write headings in many ways: "1. INTRODUCTION AND BACKGROUND" in a Heading style,
 * "2 AVAILABLE OPTIONS" as a bold Normal paragraph, "Preferred option and reasons for
 * recommendations" with Word numbering. So a heading is recognised by what it says (normalised
 * text against the section's title and aliases) and by looking like a heading (short, not a
 * sentence, and heading-styled, bold or in capitals), never by one style.
 */
import type { Paragraph, ReportSnapshot } from '../report/snapshot';
import type { SectionSpec, TemplateSpec } from './spec';
import { isAllCaps, labelSectionNumber, normaliseText, splitHeadingNumber, wordCount } from './text';

/** A section heading found in the report. */
export interface SectionHeading {
  section: SectionSpec;
  paragraph: number;
  /** The heading as written, with Word's list label in front when Word numbers it. */
  text: string;
  /** The section number shown on the heading (typed or from Word numbering); null when unnumbered. */
  shownNumber: number | null;
  /** The section's content written on the heading's line: "Background Papers: None" gives "None". */
  inline: string;
}

/** The paragraphs under a heading, up to the next section heading: [first, end). */
export interface SectionBody {
  heading: SectionHeading;
  first: number;
  end: number;
}

export interface SectionLayout {
  /** Headings found, in document order. */
  headings: SectionHeading[];
  /** Body of each found section, by section id. */
  bodies: Map<string, SectionBody>;
  /** Paragraphs before this index come before any section: the front matter. */
  frontMatterEnd: number;
  /** The section a paragraph belongs to (a heading belongs to its own section); null in front matter. */
  sectionOf(paragraph: number): SectionSpec | null;
}

/** A paragraph that could be a section heading, with its number taken off. */
export interface HeadingCandidate {
  paragraph: Paragraph;
  shownNumber: number | null;
  /** Normalised heading text without its number. */
  normalised: string;
  /** Heading-styled, numbered or in capitals: evidence enough to trust a one-word alias. */
  strong: boolean;
  /** Only its Word list number makes it look like a heading: it must say a title or alias exactly. */
  exactOnly: boolean;
}

/** Longest text (characters) a bold or capitals paragraph may have and still be taken for a heading. */
const MAX_HEADING_LENGTH = 120;

export function headingCandidate(paragraph: Paragraph): HeadingCandidate | null {
  // Table cells hold field labels and implication rows, never section headings.
  if (paragraph.cell) return null;
  const styled = paragraph.headingLevel !== null;
  const raw = paragraph.text.replace(/\u00a0/g, ' ').trim();
  if (raw === '' || raw.length > (styled ? MAX_HEADING_LENGTH * 2 : MAX_HEADING_LENGTH)) return null;
  // A paragraph ending like a sentence is body text that happens to be bold.
  if (!styled && /[.;,]$/.test(raw)) return null;
  const typed = splitHeadingNumber(raw);
  const caps = isAllCaps(typed.rest);
  const listNumber =
    paragraph.list && !paragraph.list.bullet ? labelSectionNumber(paragraph.list.label) : null;
  // Numbered by Word as "1." but in plain Normal text: a heading only if it says exactly a title.
  const exactOnly = !styled && !paragraph.boldOnly && !caps;
  if (exactOnly && listNumber === null) return null;
  const normalised = normaliseText(typed.rest);
  if (normalised === '') return null;
  const shownNumber = listNumber ?? typed.number;
  return { paragraph, shownNumber, normalised, strong: styled || shownNumber !== null || caps, exactOnly };
}

/** "Background Papers: None", "Report Appendices: Appendix 1 - ...": a title, a colon, a short value. */
const INLINE_HEADING = /^([^:]{2,80}):\s*(\S.*)$/s;
const MAX_INLINE_WORDS = 15;

function splitInlineHeading(text: string): { label: string; value: string } | null {
  const match = INLINE_HEADING.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  const value = match[2].replace(/\s+/g, ' ').trim();
  if (wordCount(normaliseText(value)) > MAX_INLINE_WORDS) return null;
  return { label: match[1], value };
}

/**
 * A section written on one line in plain text, "Background Papers: None.": a heading only when
 * the words before the colon are exactly a section's title or alias.
 */
function inlineHeadingCandidate(paragraph: Paragraph): HeadingCandidate | null {
  if (paragraph.cell) return null;
  const inline = splitInlineHeading(paragraph.text);
  if (!inline) return null;
  const typed = splitHeadingNumber(inline.label);
  const normalised = normaliseText(typed.rest);
  if (normalised === '') return null;
  return { paragraph, shownNumber: typed.number, normalised, strong: false, exactOnly: true };
}

const SPACE = 0x20;

/** How well a name (normalised) describes a heading (normalised): 2 exact, 1 begins with it, 0 not. */
export function nameMatch(heading: string, name: string, slack = 40): number {
  if (name === '') return 0;
  if (heading === name) return 2;
  // The name, then a space: checked without building "name " for each of the thousands of
  // heading and name pairs a check tries.
  if (
    heading.length > name.length &&
    heading.length <= name.length + slack &&
    heading.charCodeAt(name.length) === SPACE &&
    heading.startsWith(name)
  )
    return 1;
  return 0;
}

interface SectionMatch {
  section: SectionSpec;
  score: number;
  nameLength: number;
}

/** A section's title and aliases, normalised once per check (not once per paragraph tried). */
interface SectionNames {
  section: SectionSpec;
  names: { text: string; oneWordAlias: boolean }[];
}

function sectionNames(sections: SectionSpec[]): SectionNames[] {
  return sections.map((section) => ({
    section,
    names: [
      { text: normaliseText(section.title), oneWordAlias: false },
      ...section.aliases.map((alias) => {
        const text = normaliseText(alias);
        return { text, oneWordAlias: wordCount(text) === 1 };
      }),
    ],
  }));
}

function matchSection(candidate: HeadingCandidate, sections: SectionNames[]): SectionMatch | null {
  let best: SectionMatch | null = null;
  for (const { section, names } of sections) {
    for (const name of names) {
      // "Background" or "Options" alone is too common a sub-heading to trust without more evidence.
      if (name.oneWordAlias && !candidate.strong) continue;
      const quality = nameMatch(candidate.normalised, name.text);
      if (quality === 0 || (candidate.exactOnly && quality < 2)) continue;
      const score = quality + (candidate.shownNumber === section.number ? 2 : 0);
      if (!best || score > best.score || (score === best.score && name.text.length > best.nameLength)) {
        best = { section, score, nameLength: name.text.length };
      }
    }
  }
  return best;
}

/**
 * The heading of each section found in the report, in document order. Each paragraph can head
 * one section at most; when several paragraphs could head a section, the best match wins
 * (numbered as the template numbers it, then exact wording), and then the earliest.
 */
export function findSectionHeadings(snapshot: ReportSnapshot, template: TemplateSpec): SectionHeading[] {
  const names = sectionNames(template.sections);
  const matched: { candidate: HeadingCandidate; match: SectionMatch }[] = [];
  for (const paragraph of snapshot.paragraphs) {
    const candidate = headingCandidate(paragraph) ?? inlineHeadingCandidate(paragraph);
    if (!candidate) continue;
    const match = matchSection(candidate, names);
    if (match) matched.push({ candidate, match });
  }
  const best = new Map<string, { candidate: HeadingCandidate; score: number }>();
  const choose = (entries: typeof matched): void => {
    best.clear();
    for (const { candidate, match } of entries) {
      const current = best.get(match.section.id);
      if (!current || match.score > current.score)
        best.set(match.section.id, { candidate, score: match.score });
    }
  };
  choose(matched);
  // Implications written as paragraphs under the cross-cutting heading carry bold labels such as
  // "Risk Management implications": not the Risk section's heading when the report has none.
  const crossCutting = template.crossCutting ? best.get(template.crossCutting.section) : undefined;
  if (crossCutting && template.crossCutting) {
    const labels = implicationLabels(template.crossCutting.rows);
    const after = crossCutting.candidate.paragraph.index;
    const kept = matched.filter(
      ({ candidate }) =>
        candidate.strong || candidate.paragraph.index <= after || !labels.has(candidate.normalised),
    );
    if (kept.length !== matched.length) choose(kept);
  }
  const headings: SectionHeading[] = [];
  for (const section of template.sections) {
    const found = best.get(section.id);
    if (!found) continue;
    const { paragraph, shownNumber } = found.candidate;
    const label = paragraph.list && !paragraph.list.bullet ? paragraph.list.label.trim() : '';
    const written = paragraph.text.replace(/\s+/g, ' ').trim();
    headings.push({
      section,
      paragraph: paragraph.index,
      text: label === '' ? written : `${label} ${written}`,
      shownNumber,
      inline: inlineContent(written, section),
    });
  }
  return headings.sort((a, b) => a.paragraph - b.paragraph);
}

/** An implication row's names as labels are written: "Risk Management", "Risk Management implications". */
function implicationLabels(rows: readonly { issue: string; aliases: readonly string[] }[]): Set<string> {
  const labels = new Set<string>();
  for (const row of rows)
    for (const name of [row.issue, ...row.aliases].map(normaliseText)) {
      labels.add(name);
      labels.add(`${name} implications`);
    }
  return labels;
}

/** The value after "Title:" when the words before the colon name the section. */
function inlineContent(written: string, section: SectionSpec): string {
  const inline = splitInlineHeading(written);
  if (!inline) return '';
  const label = normaliseText(splitHeadingNumber(inline.label).rest);
  const names = [section.title, ...section.aliases].map(normaliseText);
  return names.includes(label) ? inline.value : '';
}

export function layoutSections(snapshot: ReportSnapshot, template: TemplateSpec): SectionLayout {
  const headings = findSectionHeadings(snapshot, template);
  const bodies = new Map<string, SectionBody>();
  headings.forEach((heading, i) => {
    const next = headings[i + 1];
    bodies.set(heading.section.id, {
      heading,
      first: heading.paragraph + 1,
      end: next ? next.paragraph : snapshot.paragraphs.length,
    });
  });
  const first = headings[0];
  return {
    headings,
    bodies,
    frontMatterEnd: first ? first.paragraph : snapshot.paragraphs.length,
    sectionOf(paragraph: number): SectionSpec | null {
      let found: SectionSpec | null = null;
      for (const heading of headings) {
        if (heading.paragraph > paragraph) break;
        found = heading.section;
      }
      return found;
    },
  };
}

/** "section 4 "Risk"", as officers refer to sections. */
export function sectionName(section: SectionSpec): string {
  return `section ${section.number} "${section.title}"`;
}
