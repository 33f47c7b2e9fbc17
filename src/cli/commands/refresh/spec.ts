/** `council-report refresh`: every live table and figure recomputed, and what changed. */
import { dataOptions, SOURCE_OPTIONS } from '../../shared/data-options';
import type { DataOptions } from '../../shared/live-data';
import type { CommandSpec } from '../../shared/parse';

export interface RefreshCommand {
  file: string;
  data: DataOptions;
  out: string;
  json: boolean;
  force: boolean;
}

export const refreshSpec: CommandSpec<RefreshCommand> = {
  name: 'refresh',
  synopsis: '<in.docx> [--source ...] --out out.docx [--json] [--force]',
  summary: 'refresh every live table and figure, listing what changed',
  description:
    'Recomputes every live table and figure from the data (spreadsheet tables and charts from the\n' +
    'workbooks given with --source, matched by file name; with only workbooks given, the crime-data\n' +
    'regions are left as they are) and lists every figure that changed (old -> new) so the text that\n' +
    'quotes them can be put right. A region changed by hand is left alone unless --force is given; a\n' +
    'region whose record or content control is missing is reported.',
  operands: { usage: '<in.docx>', what: 'report (.docx) to refresh', min: 1, max: 1 },
  options: [
    ...SOURCE_OPTIONS,
    {
      name: '--out',
      value: '<file.docx>',
      required: true,
      example: '--out out.docx',
      help: 'where to write the refreshed report',
    },
    {
      name: '--json',
      help:
        '{ "file", "sourceError", "regions": [ { "id", "element", "status":\n' +
        '"unchanged|changed|failed|skipped-edited|skipped|orphaned",\n' +
        '"changes": [ { "where", "from", "to" } ], "message"? } ] }',
    },
    { name: '--force', help: 'overwrite regions changed by hand' },
  ],
  notes:
    'Exit status: 0 refreshed; 1 a region could not be computed or was changed by hand (and skipped);\n' +
    '2 the data or a file could not be read (nothing is written).',
  read: (args) => ({
    file: args.operands[0]!,
    data: dataOptions(args),
    out: args.value('--out')!,
    json: args.flag('--json'),
    force: args.flag('--force'),
  }),
};
