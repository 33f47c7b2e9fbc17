/** Sentences the Data view shows and announces: sources, statuses, what a refresh did. */
import { PeriodIncompleteError } from '../../../core/live';
import { describeProblem } from '../../describe-problem';
import type { RefreshStatus, RegionRefresh, RegionStatus, SourceChoice } from './data-actions';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function sourceName(choice: SourceChoice): string {
  switch (choice.kind) {
    case 'sample':
      return 'the bundled sample data';
    case 'csv':
      return choice.files.length === 1 ? choice.files[0]!.name : `${choice.files.length} CSV files`;
    case 'police-api':
      return `police.uk data for ${choice.district}`;
    case 'workbook':
      return choice.file.name;
  }
}

export const STATUS_LABEL: Record<RegionStatus, string> = {
  fresh: 'Up to date',
  stale: 'Newer data available',
  edited: 'Changed by hand',
  orphaned: 'Link broken',
};

export const REFRESH_LABEL: Record<RefreshStatus, string> = {
  unchanged: 'No change',
  changed: 'Updated',
  failed: 'Not refreshed',
  'skipped-edited': 'Kept your changes',
  orphaned: 'Link broken',
};

/** "Refreshed 5 regions: 2 updated, 3 unchanged; 1 kept your changes." */
export function describeRefresh(outcomes: readonly RegionRefresh[]): string {
  if (outcomes.length === 0) return 'There are no live regions to refresh.';
  const by = (status: RefreshStatus) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${by('changed')} updated`, `${by('unchanged')} unchanged`];
  const extra: string[] = [];
  if (by('skipped-edited') > 0) extra.push(`${by('skipped-edited')} kept your changes`);
  if (by('failed') > 0) extra.push(`${by('failed')} could not be refreshed`);
  if (by('orphaned') > 0) extra.push(`${by('orphaned')} with a broken link`);
  // Not one region recomputed: never "Refreshed 3 regions: 0 updated, 0 unchanged".
  if (by('changed') + by('unchanged') === 0) return `Nothing was refreshed: ${extra.join(', ')}.`;
  const figures = outcomes.reduce((n, o) => n + o.changes.length, 0);
  const changed = figures > 0 ? ` ${count(figures, 'figure')} changed: check any text that quotes them.` : '';
  return `Refreshed ${count(outcomes.length, 'region')}: ${parts.join(', ')}${extra.length > 0 ? `; ${extra.join(', ')}` : ''}.${changed}`;
}

/**
 * What to do about regions Word did not write as sent. The change was made (the rest of it and the
 * report's record), so this is a warning with the way to put it right, not an error: each region
 * shows as changed by hand in the list, and a refresh that overwrites it writes it again.
 */
export function describeNotAsWritten(titles: readonly string[]): string {
  const which = titles.map((t) => `“${t}”`).join(', ');
  if (titles.length === 1) {
    return (
      `Word did not write ${which} exactly as sent: part of it is missing or repeated. It shows as ` +
      '“Changed by hand” in the list below: refresh it and overwrite, or press Undo (Ctrl+Z) until it is gone.'
    );
  }
  return (
    `Word did not write ${titles.length} regions exactly as sent (${which}): part of each is missing or ` +
    'repeated. They show as “Changed by hand” in the list below: refresh them and overwrite, or press ' +
    'Undo (Ctrl+Z) until they are gone.'
  );
}

/**
 * A preview or insert that failed, in the pane's words: when the 12 months are not all in the
 * data and an earlier period end has them, the “Period ends” month to choose.
 */
export function describeDataProblem(error: unknown): string {
  const text = describeProblem(error);
  if (error instanceof PeriodIncompleteError) {
    return error.fullPeriodEnd !== null
      ? `${text} Or choose ${monthLabel(error.fullPeriodEnd)} or earlier under “Period ends”.`
      : `${text} Choose all 12 months' CSV files together under police.uk CSV files.`;
  }
  return text;
}

/** "Nov 2016 – Oct 2017" style month label for "2017-10". */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** The months from `first` to `last`, newest first, for the period-end list. */
export function monthsNewestFirst(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = last.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    out.push(text);
    if (text <= first) break;
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  return out;
}
