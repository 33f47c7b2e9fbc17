/** What the built-in elements share: checking the area and period, and the names of things. */
import { crimeTypeName, type CrimeType } from '../../data/crime-types';
import type { CrimeDataset } from '../../data/dataset';
import {
  monthNumber,
  previousWindow,
  twelveMonthsEnding,
  type Month,
  type MonthWindow,
} from '../../data/months';
import { ReportError } from '../../errors';
import { monthLabel, periodLabel } from '../format';
import type { LiveElementInput } from '../model';

export interface Periods {
  current: MonthWindow;
  previous: MonthWindow;
  /** "Nov 2016 – Oct 2017". */
  currentLabel: string;
  previousLabel: string;
  /** False when the data lacks some months of the previous 12: comparisons are shown as n/a. */
  previousComplete: boolean;
  missingPrevious: string[];
}

/**
 * The 12 months up to the period end are not all in the data. The message says what is missing
 * and that those months' files are needed; whether an earlier period end is a way out depends on
 * the face (an insert can choose one, a refresh cannot), so it adds `fullPeriodEnd` in its words.
 */
export class PeriodIncompleteError extends ReportError {
  /** The latest period end whose 12 months the data has in full, or null when it has none. */
  readonly fullPeriodEnd: Month | null;

  constructor(data: CrimeDataset, current: MonthWindow, missing: readonly Month[]) {
    super(
      'live-period-incomplete',
      `The data (${data.source.label}) lacks ${missing.map(monthLabel).join(', ')}, so the 12 months ` +
        `${periodLabel(current)} cannot be totalled. Add those months' files to the data.`,
    );
    this.fullPeriodEnd = latestFullPeriodEnd(data, current.to);
  }
}

/** The latest month up to `end` whose 12 months ending there are all in the data. */
function latestFullPeriodEnd(data: CrimeDataset, end: Month): Month | null {
  const months = [...data.months].filter((m) => monthNumber(m) <= monthNumber(end)).reverse();
  return months.find((m) => data.missingMonths(twelveMonthsEnding(m)).length === 0) ?? null;
}

/** The district as the data spells it ("maidstone" → "Maidstone"), or a ReportError listing the areas. */
export function districtIn(data: CrimeDataset, area: string): string {
  const found = data.districts.find((d) => d.toLowerCase() === area.trim().toLowerCase());
  if (found !== undefined) return found;
  const list = data.districts.slice(0, 20).join(', ');
  throw new ReportError(
    'live-area-unknown',
    `The data (${data.source.label}) has no crimes for "${area}". ` +
      (list
        ? `Choose one of: ${list}${data.districts.length > 20 ? ', …' : ''}.`
        : 'It has no districts at all.'),
  );
}

/**
 * The 12 months ending at the period end and the 12 before. The current 12 must all be in the
 * data (a total with a missing month would be a wrong number); the previous 12 may not be.
 */
export function periodsFor(input: LiveElementInput): Periods {
  const { data, periodEnd } = input;
  const latest = data.latestMonth;
  if (latest === null)
    throw new ReportError('live-no-data', `The data (${data.source.label}) has no months.`);
  if (monthNumber(periodEnd) > monthNumber(latest)) {
    throw new ReportError(
      'live-period-unavailable',
      `The period cannot end in ${monthLabel(periodEnd)}: the data (${data.source.label}) ends in ${monthLabel(latest)}.`,
    );
  }
  const current = twelveMonthsEnding(periodEnd);
  const missing = data.missingMonths(current);
  if (missing.length > 0) throw new PeriodIncompleteError(data, current, missing);
  const previous = previousWindow(current);
  const missingPrevious = data.missingMonths(previous).map(monthLabel);
  return {
    current,
    previous,
    currentLabel: periodLabel(current),
    previousLabel: periodLabel(previous),
    previousComplete: missingPrevious.length === 0,
    missingPrevious,
  };
}

/** The display name of a type, including types police.uk added that the product does not list. */
export function typeName(data: CrimeDataset, type: CrimeType): string {
  return data.unknownCrimeTypes.find((u) => u.slug === type)?.name ?? crimeTypeName(type);
}

/** The source line, saying when the comparison lacks months. */
export function sourceLine(data: CrimeDataset, periods: Periods | null, extra = ''): string {
  const gap =
    periods && !periods.previousComplete
      ? `; the previous 12 months lack ${periods.missingPrevious.join(', ')}, so changes are not shown`
      : '';
  return `${data.source.label}${extra}${gap}`;
}
