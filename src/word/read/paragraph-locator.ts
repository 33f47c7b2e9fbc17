/**
 * Finds which body paragraph a comment's anchor, a content control or a picture starts in,
 * without a round trip per item: the paragraph is fetched through the item's range in the same
 * batch as everything else, then matched here against `body.paragraphs`.
 *
 * - With WordApi 1.6 every paragraph has a `uniqueLocalId`: the match is exact.
 * - Before 1.6 the only thing to match is the paragraph's text (and, for a content control, the
 *   text of the paragraph after its first one and before its last one). Items of one kind come in document order, so each
 *   match is the first paragraph with that text at or after the previous one of the same kind.
 *   When the text appears more than once from there, the match may be wrong: a warning says so.
 */
import type { ReadWarning } from '../../core/report/snapshot';
import type { WordParagraphRef } from './word-readout';

export type LocateBy = 'uniqueLocalId' | 'text';

export class ParagraphLocator {
  private readonly byId = new Map<string, number>();
  private readonly byText = new Map<string, number[]>();
  private readonly texts: readonly string[];
  readonly warnings: ReadWarning[] = [];

  constructor(
    paragraphs: readonly WordParagraphRef[],
    readonly locateBy: LocateBy,
  ) {
    this.texts = paragraphs.map((p) => p.text);
    paragraphs.forEach((p, i) => {
      if (locateBy === 'uniqueLocalId' && p.uniqueLocalId) this.byId.set(p.uniqueLocalId, i);
      const same = this.byText.get(p.text);
      if (same) same.push(i);
      else this.byText.set(p.text, [i]);
    });
  }

  /** A cursor for one kind of item (comments, controls, pictures) read in document order. */
  cursor(kind: string): ParagraphCursor {
    return new ParagraphCursor(this, kind);
  }

  /** Index of `ref` among the body's paragraphs, searching by text from `from` on. */
  find(ref: WordParagraphRef, from: number, what: string): number | null {
    if (this.locateBy === 'uniqueLocalId' && ref.uniqueLocalId) {
      const index = this.byId.get(ref.uniqueLocalId);
      if (index !== undefined) return index;
      this.warn(what, 'its paragraph was not found among the document body paragraphs');
      return null;
    }
    const sameText = this.byText.get(ref.text) ?? [];
    // The next paragraph's text, when known, narrows the match; if nothing fits both, the text alone.
    const { nextText, previousText } = ref;
    const followed = sameText.filter(
      (i) =>
        (nextText === undefined || (this.texts[i + 1] ?? null) === nextText) &&
        (previousText === undefined || (this.texts[i - 1] ?? null) === previousText),
    );
    const candidates = followed.length > 0 ? followed : sameText;
    const after = candidates.filter((i) => i >= from);
    const pick = after[0] ?? candidates[0];
    if (pick === undefined) {
      this.warn(what, 'no paragraph of the document body has the text of its paragraph');
      return null;
    }
    if (after.length > 1 || after.length === 0) {
      this.warn(
        what,
        `it was placed by matching its paragraph's text, which appears ${candidates.length} times; ` +
          `it may be on a different paragraph from the one shown (text: "${excerpt(ref.text)}")`,
      );
    }
    return pick;
  }

  private warn(what: string, problem: string): void {
    this.warnings.push({ where: 'Word: paragraph positions', message: `${what}: ${problem}.` });
  }
}

export class ParagraphCursor {
  private previous = 0;

  constructor(
    private readonly locator: ParagraphLocator,
    private readonly kind: string,
  ) {}

  /** The paragraph an item starts in; moves the cursor there. */
  first(ref: WordParagraphRef | null, n: number): number | null {
    if (!ref) return null;
    const index = this.locator.find(ref, this.previous, `${this.kind} ${n + 1}`);
    if (index !== null) this.previous = index;
    return index;
  }

  /** The paragraph an item ends in, at or after where it starts; the cursor stays. */
  last(ref: WordParagraphRef | null, start: number, n: number): number | null {
    if (!ref) return null;
    return this.locator.find(ref, start, `${this.kind} ${n + 1} (its end)`);
  }
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
