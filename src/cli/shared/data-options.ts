/**
 * The live-data options build, insert and refresh share, each described once so the help and the
 * checks on its value read the same everywhere.
 */
import type { DataOptions } from './live-data';
import type { OptionSpec, ParsedArgs } from './parse';

/** "2018-01-15" and a day the calendar has (not "2018-02-30"). */
function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The live-data options of build, insert and refresh. */
export const SOURCE_OPTIONS: readonly OptionSpec[] = [
  {
    name: '--source',
    value: 'sample|<file.csv>...',
    repeatable: true,
    example: '--source sample or --source 2017-10-kent-street.csv',
    help:
      'the data: the bundled synthetic sample (the default) or police.uk street-level ' +
      'CSV files (one per force per month; as many as you like); workbooks (.xlsx, .ods) ' +
      'for spreadsheet tables and charts',
  },
  {
    name: '--population',
    value: '<file.csv>',
    help: 'population table (area, year, population) for crime rates',
  },
  {
    name: '--retrieved',
    value: 'YYYY-MM-DD',
    example: '--retrieved 2018-01-15',
    check: (value) =>
      isCalendarDay(value)
        ? null
        : `--retrieved must be the day the files were downloaded, like 2018-01-15, not "${value}".`,
    help: 'the day the CSV files were downloaded, for the source line (default: today)',
  },
];

export const AREA_OPTION: OptionSpec = {
  name: '--area',
  value: 'NAME',
  example: '--area Maidstone',
  help: "the report's district (default: the council the template names)",
};

export const END_OPTION: OptionSpec = {
  name: '--end',
  value: 'YYYY-MM',
  example: '--end 2017-10',
  check: (value) =>
    /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? null : `--end must be a month like 2017-10, not "${value}".`,
  help: 'last month of the period (default: the latest month in the data)',
};

/** The --source, --population and --retrieved words as the data to load. */
export function dataOptions(args: ParsedArgs): DataOptions {
  return {
    sources: args.values('--source'),
    population: args.value('--population') ?? null,
    retrieved: args.value('--retrieved') ?? null,
  };
}
