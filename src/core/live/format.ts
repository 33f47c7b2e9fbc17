/**
 * en-GB numbers and period labels as a Strategic Assessment writes them ("16,987", "+4.2%",
 * "Nov 2016 – Oct 2017", "2017/18"). Written by hand rather than with `Intl`, so every browser,
 * Word host and Node build gives the same text: the text is hashed to tell an edited region.
 */
import { monthNumber, type Month, type MonthWindow } from '../data/months';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Shown where a figure cannot be computed (no previous count to compare with). */
export const NOT_AVAILABLE = 'n/a';

/** 16987 → "16,987"; -1234 → "-1,234". Whole numbers only (counts). */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A change with its sign: +123, -45, 0. */
export function formatSignedCount(value: number): string {
  return value > 0 ? `+${formatCount(value)}` : formatCount(value);
}

/** One decimal place, rounded half away from zero, with thousands separators: 1234.56 → "1,234.6". */
export function formatDecimal(value: number, places = 1): string {
  const factor = 10 ** places;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction = ''] = rounded.toFixed(places).split('.');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${formatCount(Number(whole))}${places > 0 ? `.${fraction}` : ''}`;
}

/** A fraction as a percentage with one decimal: 0.042 → "4.2%". */
export function formatPercent(fraction: number): string {
  return `${formatDecimal(fraction * 100)}%`;
}

/** A signed percentage change: +4.2%, -3.1%, 0.0%. */
export function formatSignedPercent(fraction: number): string {
  const text = formatPercent(fraction);
  return fraction > 0 && text !== '0.0%' ? `+${text}` : text;
}

/** (current - previous) / previous, or null when there is nothing to compare with. */
export function changeFraction(current: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

/** "Oct 2017". */
export function monthLabel(month: Month): string {
  const n = monthNumber(month);
  return `${MONTHS[n % 12]!} ${Math.floor(n / 12)}`;
}

/** "2017/18" for the financial year (April to March) that holds `month`. */
export function financialYearOf(month: Month): string {
  const n = monthNumber(month);
  const year = Math.floor(n / 12);
  const start = n % 12 >= 3 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * A period as people write it: a financial year ("2017/18") when the window is exactly April to
 * March, else the rolling months ("Nov 2016 – Oct 2017", with an en dash), or one month.
 */
export function periodLabel(window: MonthWindow): string {
  const from = monthNumber(window.from);
  const to = monthNumber(window.to);
  if (to - from === 11 && from % 12 === 3) return financialYearOf(window.from);
  if (from === to) return monthLabel(window.from);
  return `${monthLabel(window.from)} – ${monthLabel(window.to)}`;
}
