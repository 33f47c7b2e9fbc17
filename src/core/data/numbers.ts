/** Strict number parsing for partners' figures: what is not clearly a number is not guessed at. */

/** "[x]" is how ONS and partners mark an unavailable figure. */
export const UNAVAILABLE = '[x]';

export type ParsedNumber =
  | { readonly ok: true; readonly value: number | null; readonly note: string | null }
  | { readonly ok: false; readonly problem: string };

const PLAIN = /^-?\d+(\.\d+)?$/;
// en-GB thousands separators: "1,234" or "12,345.6". A comma can only reach here from a quoted
// field (unquoted, it would have split the field), so this accepts exactly the quoted form.
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * "1234", "1,234", "-2.5" → a number; "[x]" → null with a note. Anything else (blank, "1.2.3",
 * "12,34", "4.2%", "1e3", "n/a") is a problem the caller reports with its place.
 */
export function parseFigure(
  text: string,
  options: { integer?: boolean; nonNegative?: boolean } = {},
): ParsedNumber {
  const t = text.trim();
  if (t.toLowerCase() === UNAVAILABLE)
    return { ok: true, value: null, note: 'unavailable ([x] in the source)' };
  if (t === '') return { ok: false, problem: 'is blank (write [x] if the figure is unavailable)' };
  if (!PLAIN.test(t) && !GROUPED.test(t)) {
    return { ok: false, problem: `"${t}" is not a number (write it like 1234, 1,234 or 12.5)` };
  }
  const value = Number(t.replace(/,/g, ''));
  if (options.integer && !Number.isInteger(value))
    return { ok: false, problem: `"${t}" is not a whole number` };
  if (options.nonNegative && value < 0) return { ok: false, problem: `"${t}" is negative` };
  return { ok: true, value, note: null };
}
