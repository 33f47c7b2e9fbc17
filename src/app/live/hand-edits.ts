/**
 * What a forced refresh overwrote in a region changed by hand. The report keeps the figures it
 * wrote (the spec's values), not the text the officer typed over them, so the exact words are
 * gone; but a figure written that no longer appears in the region's text is one the officer
 * changed, and naming it ("Bearsted, Deliberate fires 2024-25: changed by hand -> 1,302") lets
 * them put a deliberate correction back. When no figure is missing, the region as a whole.
 */
import type { FigureChange, LabelledValue } from '../../core/live';

/** Figures that record a table's shape (JSON lists of row and column labels), not a number shown. */
const isShape = (figure: LabelledValue) => figure.value.startsWith('[');

/**
 * Whether the text shows the value as a whole figure: "46" is not shown by "460" or "1,46".
 * Cells and paragraphs are apart by some separator in both hosts, so neighbours never join.
 */
function shows(text: string, value: string): boolean {
  const figure = value.trim();
  let at = text.indexOf(figure);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + figure.length] ?? ' ';
    if (
      !/[\d.,]/.test(before) &&
      !/[\d,]/.test(after) &&
      !(after === '.' && /\d/.test(text[at + figure.length + 1] ?? ''))
    ) {
      return true;
    }
    at = text.indexOf(figure, at + 1);
  }
  return false;
}

export function handEdits(
  written: readonly LabelledValue[],
  recomputed: readonly LabelledValue[],
  regionText: string,
  recomputedText: string,
): FigureChange[] {
  // An older report without its figures recorded: nothing to name.
  if (written.length === 0)
    return [{ where: 'Whole region', from: 'edited by hand', to: 'recomputed values' }];
  const now = new Map(recomputed.map((f) => [f.where, f.value]));
  // Only figures the region shows as recorded ("+4.2%" reads "rose by 4.2%"): the recomputed text
  // shows the new value as is, so the written value was shown the same way.
  const shownAsIs = (f: LabelledValue) => {
    const value = now.get(f.where);
    return value !== undefined && shows(recomputedText, value);
  };
  const gone = written.filter(
    (f) => !isShape(f) && f.value.trim() !== '' && shownAsIs(f) && !shows(regionText, f.value),
  );
  if (gone.length === 0) {
    // The edit may be to the words, or to a figure also shown elsewhere: say no more than that.
    return [{ where: 'Whole region', from: 'changed by hand', to: 'recomputed values' }];
  }
  return gone.map((f) => ({ where: f.where, from: 'changed by hand', to: now.get(f.where) ?? f.value }));
}

/** The hand edits first, then the data's own changes to figures the officer had not touched. */
export function withHandEdits(
  edits: readonly FigureChange[],
  changes: readonly FigureChange[],
): FigureChange[] {
  const named = new Set(edits.map((e) => e.where));
  return [...edits, ...changes.filter((c) => !named.has(c.where))];
}
