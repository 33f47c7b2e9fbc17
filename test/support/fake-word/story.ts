/**
 * Positions and stretches of the main story, the way Word's Range works: text of a span,
 * paragraphs a span touches, and `compareLocationWith`.
 */
import type { FakeParagraph, FakeSpan, FakeWordDocument, TextPosition } from './model';

function compare(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

const indexCache = new WeakMap<FakeParagraph[], Map<FakeParagraph, number>>();

/** Position of a paragraph object in the document, rebuilt when paragraphs were added or removed. */
export function paragraphIndex(doc: FakeWordDocument, paragraph: FakeParagraph): number {
  let map = indexCache.get(doc.paragraphs);
  if (!map || map.get(paragraph) === undefined || doc.paragraphs[map.get(paragraph) ?? -1] !== paragraph) {
    map = new Map(doc.paragraphs.map((p, i) => [p, i]));
    indexCache.set(doc.paragraphs, map);
  }
  const index = map.get(paragraph);
  if (index === undefined) throw new Error('Fake Word: the paragraph is no longer in the document');
  return index;
}

export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

function collapse(at: TextPosition): FakeSpan {
  return { start: at, end: at };
}

/** The part of a span `getRange(location)` returns. */
export function subSpan(span: FakeSpan, location: unknown, doc: FakeWordDocument): FakeSpan {
  switch ((location as RangeLocation | undefined) ?? 'Whole') {
    case 'Start':
    case 'Before':
      return collapse(span.start);
    case 'End':
    case 'After':
      return collapse(span.end);
    case 'Content': {
      // Without the final paragraph mark.
      const last = doc.paragraphs[span.end.paragraph];
      const endOffset = Math.min(span.end.offset, last?.text.length ?? 0);
      return { start: span.start, end: { paragraph: span.end.paragraph, offset: endOffset } };
    }
    default:
      return span;
  }
}

export function paragraphWholeSpan(doc: FakeWordDocument, index: number): FakeSpan {
  const text = doc.paragraphs[index]?.text ?? '';
  return { start: { paragraph: index, offset: 0 }, end: { paragraph: index, offset: text.length + 1 } };
}

export function bodySpan(doc: FakeWordDocument): FakeSpan {
  const last = Math.max(doc.paragraphs.length - 1, 0);
  return {
    start: { paragraph: 0, offset: 0 },
    end: { paragraph: last, offset: (doc.paragraphs[last]?.text.length ?? 0) + 1 },
  };
}

/** Indices of the paragraphs a span touches (Range.paragraphs includes partly covered ones). */
export function spanParagraphs(span: FakeSpan): number[] {
  let last = span.end.paragraph;
  // A span ending at the very start of a paragraph does not touch it.
  if (span.end.offset === 0 && last > span.start.paragraph) last--;
  const out: number[] = [];
  for (let i = span.start.paragraph; i <= last; i++) out.push(i);
  return out;
}

/**
 * `Range.text`: the text of the paragraphs the span touches, each paragraph mark the span
 * includes written as "\r" (so a range over whole paragraphs ends with "\r").
 */
export function spanText(doc: FakeWordDocument, span: FakeSpan): string {
  return spanParagraphs(span)
    .map((i) => {
      const text = doc.paragraphs[i]?.text ?? '';
      const from = i === span.start.paragraph ? span.start.offset : 0;
      const includesMark = i < span.end.paragraph || span.end.offset > text.length;
      const to = i === span.end.paragraph ? Math.min(span.end.offset, text.length) : text.length;
      return text.slice(from, to) + (includesMark ? '\r' : '');
    })
    .join('');
}

/** `font.bold` of a span: true or false when all its characters agree, null when they are mixed. */
export function spanBold(doc: FakeWordDocument, span: FakeSpan): boolean | null {
  let sawBold = false;
  let sawPlain = false;
  for (const i of spanParagraphs(span)) {
    const p = doc.paragraphs[i];
    if (!p) continue;
    const from = i === span.start.paragraph ? span.start.offset : 0;
    const to = i === span.end.paragraph ? Math.min(span.end.offset, p.text.length) : p.text.length;
    if (to <= from) continue;
    if (p.bold === null && p.boldMask) {
      const part = p.boldMask.slice(from, to);
      sawBold ||= part.includes('1');
      sawPlain ||= part.includes('0');
    } else if (p.bold === true) sawBold = true;
    else sawPlain = true;
  }
  if (sawBold && sawPlain) return null;
  return sawBold;
}

const SPACING = new Set([' ', '\t', '\u00a0']);

/**
 * `Paragraph.getTextRanges(endingMarks, trimSpacing)`: the paragraph cut after each ending mark,
 * with leading and trailing spaces removed when asked; empty pieces are dropped.
 */
export function textRanges(
  doc: FakeWordDocument,
  index: number,
  marks: readonly string[],
  trim: boolean,
): FakeSpan[] {
  const text = doc.paragraphs[index]?.text ?? '';
  const out: FakeSpan[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    if (trim) {
      while (a < b && SPACING.has(text.charAt(a))) a++;
      while (b > a && SPACING.has(text.charAt(b - 1))) b--;
    }
    if (b > a) out.push({ start: { paragraph: index, offset: a }, end: { paragraph: index, offset: b } });
  };
  for (let i = 0; i < text.length; i++) {
    if (marks.includes(text.charAt(i))) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return out;
}

export function spanContains(outer: FakeSpan, inner: FakeSpan): boolean {
  return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

/** `Range.compareLocationWith`: where `a` lies relative to `b` (Word.LocationRelation). */
export function compareLocation(a: FakeSpan, b: FakeSpan): string {
  const ss = compare(a.start, b.start);
  const ee = compare(a.end, b.end);
  if (ss === 0 && ee === 0) return 'Equal';
  if (ss <= 0 && ee >= 0) return ss === 0 ? 'ContainsStart' : ee === 0 ? 'ContainsEnd' : 'Contains';
  if (ss >= 0 && ee <= 0) return ss === 0 ? 'InsideStart' : ee === 0 ? 'InsideEnd' : 'Inside';
  if (ss < 0) {
    const endVsStart = compare(a.end, b.start);
    return endVsStart === 0 ? 'AdjacentBefore' : endVsStart < 0 ? 'Before' : 'OverlapsBefore';
  }
  const startVsEnd = compare(a.start, b.end);
  return startVsEnd === 0 ? 'AdjacentAfter' : startVsEnd > 0 ? 'After' : 'OverlapsAfter';
}

export function sameSpan(a: FakeSpan, b: FakeSpan): boolean {
  return compare(a.start, b.start) === 0 && compare(a.end, b.end) === 0;
}

export function comparePositions(a: TextPosition, b: TextPosition): number {
  return compare(a, b);
}
