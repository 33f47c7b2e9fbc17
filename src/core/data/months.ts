/**
 * Calendar months as police.uk writes them ("2017-10"), and the rolling windows a Strategic
 * Assessment compares ("Nov 2016 – Oct 2017" against the 12 months before).
 */

/** A month written `YYYY-MM`, e.g. "2017-10". */
export type Month = string;

/** An inclusive run of months, e.g. { from: '2016-11', to: '2017-10' }. */
export interface MonthWindow {
  readonly from: Month;
  readonly to: Month;
}

/** True for a well-formed `YYYY-MM` with a month 01–12 (checked by character: it runs once per row). */
export function isMonth(text: string): boolean {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return false;
  if (
    !digit(text, 0) ||
    !digit(text, 1) ||
    !digit(text, 2) ||
    !digit(text, 3) ||
    !digit(text, 5) ||
    !digit(text, 6)
  ) {
    return false;
  }
  const month = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  return month >= 1 && month <= 12;
}

function digit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Months since year 0: consecutive months differ by one, so windows are simple ranges. */
export function monthNumber(month: Month): number {
  if (!isMonth(month)) throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromNumber(n: number): Month {
  const year = Math.floor(n / 12);
  const month = n - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: Month, count: number): Month {
  return monthFromNumber(monthNumber(month) + count);
}

/** The 12 months ending with `end`, e.g. 2017-10 → 2016-11 … 2017-10. */
export function twelveMonthsEnding(end: Month): MonthWindow {
  return { from: addMonths(end, -11), to: end };
}

/** The window of the same length just before `window` (the comparison period). */
export function previousWindow(window: MonthWindow): MonthWindow {
  const length = monthsBetween(window);
  return { from: addMonths(window.from, -length), to: addMonths(window.from, -1) };
}

/** Number of months in the window (inclusive of both ends). */
export function monthsBetween(window: MonthWindow): number {
  return monthNumber(window.to) - monthNumber(window.from) + 1;
}

/** Every month of the window in order. */
export function monthsIn(window: MonthWindow): Month[] {
  const first = monthNumber(window.from);
  const last = monthNumber(window.to);
  const months: Month[] = [];
  for (let n = first; n <= last; n++) months.push(monthFromNumber(n));
  return months;
}
