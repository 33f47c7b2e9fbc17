/** `council-report comments`: the consultation on one report. */
import { OUT_FILE_OPTION } from '../../shared/io';
import { TEMPLATE_OPTION } from '../../shared/templates';
import { usageError, type CommandSpec } from '../../shared/parse';

export interface CommentsCommand {
  file: string;
  format: 'text' | 'json' | 'csv';
  partners: string | null;
  template: string | null;
  out: string | null;
}

export const commentsSpec: CommandSpec<CommentsCommand> = {
  name: 'comments',
  synopsis:
    '<file.docx> [--json | --csv] [--partners directory.json]\n[--template <id|file.json>] [--out <file>]',
  summary: "partners' comments by organisation and section, with dispositions",
  description:
    "Lists the partners' comments on a report: who made each (their organisation, from the partner\n" +
    'directory), which template section it is in (and which row of the implications table), its\n' +
    'disposition (open, accepted, partly-accepted, not-accepted, noted) and whether it came in after the\n' +
    "consultation's closing date; then the counts by partner and section and the summary sentence.",
  operands: { usage: '<file.docx>', what: 'report (.docx)', min: 1, max: 1 },
  options: [
    { name: '--json', help: 'JSON for scripts: { file, comments: [...], summary: {...} }' },
    { name: '--csv', help: 'the consultation log as CSV for a spreadsheet (formulas neutralised)' },
    {
      name: '--partners',
      value: '<file.json>',
      example: '--partners directory.json',
      help:
        'a partner directory to use instead of the one saved in the report:\n' +
        '{ "organisations": [ { "id", "name", "domains": [], "aliases": [],\n' +
        '"people": [ { "name", "initials", "email" } ] } ], "replaceDefaults": false }\n' +
        'organisations replace those with the same id, or are added',
    },
    {
      ...TEMPLATE_OPTION,
      help: 'template whose sections the comments are placed in (default as for check)',
    },
    OUT_FILE_OPTION,
  ],
  notes: 'Exit status: 0 listed; 2 the file or an option could not be used (the message says why).',
  read(args) {
    if (args.flag('--json') && args.flag('--csv')) {
      throw usageError('Use either --json or --csv, not both.', 'comments');
    }
    return {
      file: args.operands[0]!,
      format: args.flag('--json') ? 'json' : args.flag('--csv') ? 'csv' : 'text',
      partners: args.value('--partners') ?? null,
      template: args.value('--template') ?? null,
      out: args.value('--out') ?? null,
    };
  },
};
