/**
 * "Table N:" and "Figure N:" captions, and the numbers they show once Word (or LibreOffice)
 * updates fields.
 *
 * Why: a caption made with Insert Caption numbers itself with a SEQ field, which counts only
 * the SEQ fields before it. A caption typed by hand ("Figure 1: …" as plain text) is not counted.
 * So in a report that mixes them, a new caption field written as "Figure 2" after a typed
 * "Figure 1" shows "Figure 1" again as soon as fields update (LibreOffice does it on opening,
 * Word on F9 or printing). A SEQ field with `\r N` shows N whatever comes before it, and the
 * fields after it count on from N, so a new caption after typed ones is written with it.
 */
import type { Paragraph, ReportSnapshot } from './snapshot';

export type CaptionLabel = 'Table' | 'Figure';

export interface Caption {
  paragraph: number;
  label: CaptionLabel;
  /** The number the caption shows once fields update (its typed number when typed). */
  number: number;
  /** Typed by hand, not a SEQ field: Word never renumbers it. */
  typed: boolean;
  /** A field's `\r` value: it shows that number whatever comes before it. */
  reset: number | null;
}

const CAPTION = /^(Table|Figure) (\d+):/;

/**
 * The caption a paragraph is, if any: "Figure 2: …" at its start. Not an entry in a table of
 * figures ("Figure 2: …<tab>7"), which repeats a caption with its page number.
 */
function captionOf(paragraph: Paragraph): { label: CaptionLabel; number: number } | null {
  const match = CAPTION.exec(paragraph.text);
  if (!match?.[1] || !match[2]) return null;
  if (/\t\d+$/.test(paragraph.text) || /table of figures/i.test(paragraph.styleName ?? '')) return null;
  return { label: match[1] as CaptionLabel, number: Number(match[2]) };
}

interface CaptionParagraph {
  paragraph: Paragraph;
  label: CaptionLabel;
  number: number;
}

/**
 * The report's captions in order, leaving out a line that a later caption repeats word for word:
 * a list of figures written out by hand ("Figure 1: Recorded crime" above the figure captioned the
 * same), which numbers nothing and must neither count nor be taken for a repeated number.
 */
function captionParagraphs(snapshot: ReportSnapshot): CaptionParagraph[] {
  const found: CaptionParagraph[] = [];
  const lastWith = new Map<string, number>();
  for (const paragraph of snapshot.paragraphs) {
    const caption = captionOf(paragraph);
    if (!caption) continue;
    lastWith.set(wording(paragraph.text), found.length);
    found.push({ paragraph, ...caption });
  }
  return found.filter((caption, i) => lastWith.get(wording(caption.paragraph.text)) === i);
}

function wording(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The report's captions with the numbers they show once fields update; null when the snapshot
 * does not say which captions are fields.
 */
export function captionsAfterUpdate(snapshot: ReportSnapshot): Caption[] | null {
  if (!snapshot.fieldsRead) return null;
  const captions: Caption[] = [];
  for (const { paragraph, ...caption } of captionParagraphs(snapshot)) {
    const { label } = caption;
    const seq = paragraph.seq;
    const field = seq !== undefined && seq.sequence.toLowerCase() === label.toLowerCase();
    captions.push({
      paragraph: paragraph.index,
      label,
      number: caption.number,
      typed: !field,
      reset: field ? seq.reset : null,
    });
  }
  return numbered(captions);
}

/** Each field numbered as Word and LibreOffice do: one more than the field before, or its \r. */
function numbered(captions: Caption[]): Caption[] {
  const counters = new Map<CaptionLabel, number>();
  return captions.map((caption) => {
    if (caption.typed) return caption;
    const number = caption.reset ?? (counters.get(caption.label) ?? 0) + 1;
    counters.set(caption.label, number);
    return { ...caption, number };
  });
}

/** Where a new caption goes: the number it shows, and how to write it so it keeps showing that. */
export interface NewCaption {
  /** The captions of its kind above it, plus one (typed ones count: the reader sees them). */
  number: number;
  /**
   * Write the SEQ field with `\r number`: the fields above would count to a different number
   * (typed captions above, or a reset). False when the reader cannot tell.
   */
  restart: boolean;
  /** Typed captions above it (their numbers), which Word does not count. */
  typedAbove: number[];
  /** Captions below it that show a number twice once it is in: typed, or fields with a \r. */
  repeatedBelow: { number: number; typed: boolean }[];
}

export function newCaptionAt(
  snapshot: ReportSnapshot,
  label: CaptionLabel,
  before: number | null,
): NewCaption {
  const end = before ?? snapshot.paragraphs.length;
  const count = captionParagraphs(snapshot).filter(
    (caption) => caption.label === label && caption.paragraph.index < end,
  ).length;
  const number = count + 1;
  const all = captionsAfterUpdate(snapshot);
  if (!all) return { number, restart: false, typedAbove: [], repeatedBelow: [] };
  const mine = all.filter((caption) => caption.label === label);
  const above = mine.filter((caption) => caption.paragraph < end);
  const below = mine.filter((caption) => caption.paragraph >= end);
  const lastField = above.filter((caption) => !caption.typed).at(-1);
  const restart = (lastField?.number ?? 0) + 1 !== number;
  // The numbers once the new caption is in and fields update, to find the ones that repeat.
  const inserted: Caption = {
    paragraph: end - 0.5,
    label,
    number,
    typed: false,
    reset: restart ? number : null,
  };
  const after = numbered([...above, inserted, ...below]);
  const shown = (numbers: Caption[]) => numbers.map((caption) => caption.number);
  const earlier = shown(numbered(mine));
  const repeatedBelow = after
    .slice(above.length + 1)
    .filter(
      (caption) => (caption.typed || caption.reset !== null) && isRepeated(caption.number, after, earlier),
    )
    .map((caption) => ({ number: caption.number, typed: caption.typed }));
  return {
    number,
    restart,
    typedAbove: above.filter((caption) => caption.typed).map((caption) => caption.number),
    repeatedBelow,
  };
}

/** Shown twice once the new caption is in, and not already twice before it. */
function isRepeated(number: number, after: Caption[], before: number[]): boolean {
  const times = after.filter((caption) => caption.number === number).length;
  return times > 1 && times > before.filter((n) => n === number).length;
}

/**
 * What to tell the author about a new caption among typed ones; null when there is nothing to
 * say. Typed captions are the author's text: the insert never rewrites them.
 */
export function typedCaptionAdvice(label: CaptionLabel, caption: NewCaption): string | null {
  const kind = label.toLowerCase();
  const parts: string[] = [];
  if (caption.typedAbove.length > 0) {
    parts.push(
      `The report's ${captionList(label, caption.typedAbove)} ${isAre(caption.typedAbove)} typed, not numbered by Word, so the new ${kind} is set to show ${label} ${caption.number} to follow on.`,
    );
  }
  const typed = caption.repeatedBelow.filter((c) => c.typed).map((c) => c.number);
  const set = caption.repeatedBelow.filter((c) => !c.typed).map((c) => c.number);
  if (typed.length > 0) {
    parts.push(
      `${capital(captionList(label, typed))} below ${isAre(typed)} typed and will not renumber, so the report now shows ${shownTwice(label, typed)} twice: retype ${typed.length === 1 ? 'it' : 'them'} one higher.`,
    );
  }
  if (set.length > 0) {
    parts.push(
      `${capital(captionList(label, set))} below ${isAre(set)} set to follow typed captions, so the report now shows ${shownTwice(label, set)} twice: refresh the live data to renumber ${set.length === 1 ? 'it' : 'them'}.`,
    );
  }
  if (parts.length === 0) return null;
  if (caption.typedAbove.length > 0 || typed.length > 0) {
    parts.push(
      `Typed numbers do not change when ${kind}s are added or removed; to have Word number them, replace each with References > Insert Caption.`,
    );
  }
  return parts.join(' ');
}

function isAre(numbers: number[]): string {
  return numbers.length === 1 ? 'is' : 'are';
}

function shownTwice(label: CaptionLabel, numbers: number[]): string {
  const unique = [...new Set(numbers)].map((n) => `${label} ${n}`);
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function captionList(label: CaptionLabel, numbers: number[]): string {
  const names = numbers.map((n) => `${label} ${n}`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `caption${names.length === 1 ? '' : 's'} ${list}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
