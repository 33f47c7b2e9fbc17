/** Where a data set came from, for the source line under every table and chart. */
export type DataSourceKind = 'police-uk-csv' | 'tidy-csv' | 'police-uk-api' | 'sample';

export interface DataSource {
  readonly kind: DataSourceKind;
  /** The source line text, e.g. "police.uk street-level data, retrieved 12 Jan 2018". */
  readonly label: string;
  /** The day the data was retrieved (`YYYY-MM-DD`); null for the sample. */
  readonly retrieved: string | null;
  /** Files read, in order (empty for the API and the sample). */
  readonly files: readonly string[];
}

/** Exactly this label marks everything made from the bundled sample. */
export const SAMPLE_LABEL = 'Synthetic sample data — not real figures';

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `YYYY-MM-DD` of a date in UTC (the retrieved date; a day is precise enough for a source line). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "12 Jan 2018" from `2018-01-12`; written by hand so it is the same in every browser and Node. */
export function ukDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTH_ABBREVIATIONS[Number(month) - 1] ?? '?'} ${year}`;
}

export function policeCsvSource(files: readonly string[], retrieved: string): DataSource {
  return {
    kind: 'police-uk-csv',
    label: `police.uk street-level data, retrieved ${ukDate(retrieved)}`,
    retrieved,
    files: [...files],
  };
}

export function policeApiSource(retrieved: string): DataSource {
  return {
    kind: 'police-uk-api',
    label: `police.uk API street-level data, retrieved ${ukDate(retrieved)}`,
    retrieved,
    files: [],
  };
}

export function sampleSource(): DataSource {
  return { kind: 'sample', label: SAMPLE_LABEL, retrieved: null, files: [] };
}
