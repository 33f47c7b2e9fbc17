/** `council-report build`: a new report skeleton with the standard live tables. */
import { AREA_OPTION, dataOptions, END_OPTION, SOURCE_OPTIONS } from '../../shared/data-options';
import { TEMPLATE_OPTION } from '../../shared/templates';
import type { DataOptions } from '../../shared/live-data';
import type { CommandSpec } from '../../shared/parse';

export interface BuildCommand {
  template: string | null;
  data: DataOptions;
  area: string | null;
  end: string | null;
  out: string;
}

export const buildSpec: CommandSpec<BuildCommand> = {
  name: 'build',
  synopsis:
    '[--template <id|file.json>] [--source sample|<file.csv>...]\n[--area NAME] [--end YYYY-MM] --out report.docx',
  summary: 'write a new report skeleton with live tables',
  description:
    'Writes a new report skeleton: every template section with its guidance to replace, the header\n' +
    'block, the timetable, the implications table, and the standard live tables (recorded crime by\n' +
    'category, crime per 1,000 people by district, the neighbourhoods with most crime) in the first\n' +
    'section. "council-report check" on it lists only the placeholders an author must replace.',
  operands: { usage: '', what: 'files', min: 0, max: 0 },
  options: [
    TEMPLATE_OPTION,
    ...SOURCE_OPTIONS,
    AREA_OPTION,
    {
      ...END_OPTION,
      help:
        'last month of the period (default: the latest month in the data; without it, ' +
        'refresh moves the tables on as new data arrives)',
    },
    {
      name: '--out',
      value: '<file.docx>',
      required: true,
      example: '--out report.docx',
      help: 'where to write the report',
    },
  ],
  read: (args) => ({
    template: args.value('--template') ?? null,
    data: dataOptions(args),
    area: args.value('--area') ?? null,
    end: args.value('--end') ?? null,
    out: args.value('--out')!,
  }),
};
