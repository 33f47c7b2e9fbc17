/** Month and number wording for chart labels and alt text, en-GB, the same in every runtime. */
import { monthNumber, type Month, type MonthWindow } from '../data/months';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 2025". */
export function monthLabel(month: Month): string {
  const n = monthNumber(month);
  return `${MONTHS[n % 12]} ${Math.floor(n / 12)}`;
}

/** "Oct 2024 – Sep 2025". */
export function windowLabel(window: MonthWindow): string {
  return `${monthLabel(window.from)} – ${monthLabel(window.to)}`;
}

/** "16,987": grouping written by hand so Node and every browser agree. */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** "95.5": one decimal place. */
export function formatRate(value: number): string {
  return value.toFixed(1);
}

/** "up 4.2%", "down 3.0%", "unchanged"; null when there is nothing to compare against. */
export function changeWords(from: number, to: number): string | null {
  if (from === 0) return to === 0 ? 'unchanged' : null;
  const pct = ((to - from) / from) * 100;
  const rounded = Math.round(Math.abs(pct) * 10) / 10;
  if (rounded === 0) return 'unchanged';
  return `${pct > 0 ? 'up' : 'down'} ${rounded.toFixed(1)}%`;
}

/** "1st", "2nd", "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
