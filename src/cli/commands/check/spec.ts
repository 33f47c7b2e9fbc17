/** `council-report check`: its options, help and the words it is given as a CheckCommand. */
import { JSON_OPTION, OUT_FILE_OPTION } from '../../shared/io';
import { TEMPLATE_OPTION } from '../../shared/templates';
import { usageError, type CommandSpec } from '../../shared/parse';

export type OutputFormat = 'text' | 'json' | 'html';

export interface CheckCommand {
  files: string[];
  /** A built-in template id or a path to a template .json file; null for the default template. */
  template: string | null;
  final: boolean;
  format: OutputFormat;
  /** File to write the output to; null for standard output. */
  out: string | null;
  /**
   * `--as-of YYYY-MM-DD`: judge live regions' age as at the start of that day (UTC) instead of
   * now, so a check gives the same answer whenever it is run; null for now.
   */
  asOf: Date | null;
}

/** The start (UTC) of a `YYYY-MM-DD` day; null for a day that does not exist, like 2018-02-30. */
export function dayFrom(text: string): Date | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  // A day that does not exist is either invalid or rolled over into the next month: reading the
  // day back catches both.
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) return null;
  return day;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'html'];

export const checkSpec: CommandSpec<CheckCommand> = {
  name: 'check',
  synopsis:
    '<file.docx>... [--template <id|file.json>] [--final]\n[--format text|json|html | --json] [--out <file>] [--as-of <YYYY-MM-DD>]',
  summary: "check one report or an agenda's worth of reports",
  description:
    'Checks each report against the template: required sections in order, header fields, numbered\n' +
    'paragraphs, options, the cross-cutting implications table, placeholder text, open comments, and\n' +
    'live tables and figures that are out of date, changed by hand or cut off from their records.\n' +
    'A file that cannot be read is reported (exit 2) and the other files are still checked.',
  operands: { usage: '<file.docx>...', what: 'reports (.docx) to check', min: 1, max: null },
  options: [
    {
      ...TEMPLATE_OPTION,
      help: TEMPLATE_OPTION.help.replace('template to follow', 'template to check against'),
    },
    {
      name: '--final',
      help: 'final check before committee: open consultation comments are errors',
    },
    {
      name: '--format',
      value: 'text|json|html',
      example: '--format html',
      check: (value) =>
        (FORMATS as readonly string[]).includes(value)
          ? null
          : `Unknown format "${value}". Use --format text, json or html.`,
      help:
        'output: a checklist (text, the default), JSON for scripts, or an HTML page with ' +
        'one row per report for an agenda',
    },
    { ...JSON_OPTION, help: 'the same as --format json' },
    OUT_FILE_OPTION,
    {
      name: '--as-of',
      value: '<YYYY-MM-DD>',
      example: '--as-of 2018-03-01',
      check: (value) =>
        dayFrom(value)
          ? null
          : `--as-of needs a date written YYYY-MM-DD, for example --as-of 2018-03-01, not "${value}".`,
      help:
        'judge live tables and figures as at that day (UTC) instead of now, so the check ' +
        'gives the same answer whenever it runs; a live region last refreshed more than ' +
        '45 days before is stale (live-region-stale)',
    },
  ],
  notes:
    'Exit status: 0 every report passed (no error-severity findings); 1 at least one report has an\n' +
    'error-severity finding; 2 a report could not be read, or an option or the template was wrong.',
  read(args) {
    const format = args.value('--format') as OutputFormat | undefined;
    const json = args.flag('--json');
    if (json && format !== undefined && format !== 'json') {
      throw usageError(`--json and --format ${format} ask for different outputs: give only one.`, 'check');
    }
    const asOf = args.value('--as-of');
    return {
      files: args.operands,
      template: args.value('--template') ?? null,
      final: args.flag('--final'),
      format: format ?? (json ? 'json' : 'text'),
      out: args.value('--out') ?? null,
      asOf: asOf === undefined ? null : dayFrom(asOf),
    };
  },
};
