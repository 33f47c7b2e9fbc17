/**
 * Options more than one command takes, each described once so the help and the checks on its
 * value read the same everywhere.
 */
import type { DataOptions } from './live-data';
import type { OptionSpec, ParsedArgs } from './parse';

/** The built-in default, written out so the help does not load the templates to name it. */
const DEFAULT_TEMPLATE = 'maidstone-2018';

export const TEMPLATE_OPTION: OptionSpec = {
  name: '--template',
  value: '<id|file.json>',
  example: '--template maidstone-2018 or --template my-template.json',
  help: `template to follow: a built-in id (see "council-report templates") or your own template file; default: ${DEFAULT_TEMPLATE}`,
};

export const OUT_FILE_OPTION: OptionSpec = {
  name: '--out',
  value: '<file>',
  example: '--out agenda.html',
  help: 'write the output to a file instead of the screen',
};

export const JSON_OPTION: OptionSpec = { name: '--json', help: 'JSON for scripts' };

/** The start (UTC) of a `YYYY-MM-DD` day; null for a day that does not exist, like 2018-02-30. */
export function dayFrom(text: string): Date | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  // A day that does not exist is either invalid or rolled over into the next month: reading the
  // day back catches both.
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) return null;
  return day;
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
