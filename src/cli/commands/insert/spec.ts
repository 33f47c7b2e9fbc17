/** `council-report insert`: one live table or figure into a report. */
import { AREA_OPTION, dataOptions, END_OPTION, SOURCE_OPTIONS } from '../../shared/data-options';
import { TEMPLATE_OPTION } from '../../shared/templates';
import type { DataOptions } from '../../shared/live-data';
import type { CommandSpec, OptionSpec } from '../../shared/parse';

/** The options that say which cells of a workbook a spreadsheet element shows, by spec option. */
export const WORKBOOK_OPTIONS = [
  ['--sheet', 'sheet'],
  ['--range', 'range'],
  ['--table', 'table'],
  ['--name', 'name'],
  ['--title', 'title'],
  ['--chart', 'chart'],
  ['--series', 'series'],
] as const;

export interface InsertCommand {
  file: string;
  element: string;
  data: DataOptions;
  area: string | null;
  end: string | null;
  section: string | null;
  template: string | null;
  id: string | null;
  /** The workbook options given, by spec option name ("sheet", "range"…). */
  workbook: Record<string, string>;
  out: string;
}

const workbookOption = (name: string, value: string, help: string): OptionSpec => ({ name, value, help });

export const insertSpec: CommandSpec<InsertCommand> = {
  name: 'insert',
  synopsis:
    '<in.docx> --element NAME [--source ...] [--area NAME] [--end YYYY-MM]\n[--section ID] [--template <id|file.json>] --out out.docx',
  summary: 'insert a live table or figure',
  description:
    'Inserts one live table or figure (see "council-report elements") at the end of a template section\n' +
    '(--section, e.g. introduction-background, or executive-summary, recommendations, timetable) or at\n' +
    'the end of the report.',
  operands: { usage: '<in.docx>', what: 'report (.docx) to change', min: 1, max: 1 },
  options: [
    {
      name: '--element',
      value: 'NAME',
      required: true,
      example: '--element top-lsoas (see "council-report elements")',
      help: 'the table or figure (see "council-report elements")',
    },
    ...SOURCE_OPTIONS,
    {
      ...AREA_OPTION,
      help: "the district (default: the one the report's other live data uses, or the district named at the top of the report)",
    },
    END_OPTION,
    {
      name: '--section',
      value: 'ID',
      example: '--section introduction-background',
      help: 'the template section to insert at the end of (default: the end of the report)',
    },
    { ...TEMPLATE_OPTION, help: "template whose sections --section names (default: the report's own)" },
    { name: '--id', value: 'ID', help: "the region's id (default: made from the element's name)" },
    {
      name: '--out',
      value: '<file.docx>',
      required: true,
      example: '--out out.docx',
      help: 'where to write the report',
    },
    workbookOption('--sheet', 'NAME', 'the sheet (default: the first worksheet)'),
    workbookOption(
      '--range',
      'A1:D20',
      "the cells (default: the sheet's used range); the first row is the header row",
    ),
    workbookOption('--table', 'NAME', 'a table of the workbook, instead of --range'),
    workbookOption('--name', 'NAME', 'a defined name of the workbook, instead of --range'),
    workbookOption(
      '--title',
      'TEXT',
      'the caption after "Table N:" / "Figure N:" (default: the table\'s or sheet\'s name; a chart: the columns drawn)',
    ),
    workbookOption('--chart', 'bar|line', 'spreadsheet-chart only (default bar)'),
    workbookOption(
      '--series',
      'COLUMNS',
      'spreadsheet-chart only: the columns to draw, by header or letter, comma-separated (default: the count columns)',
    ),
  ],
  notes:
    'For --element spreadsheet-table or spreadsheet-chart, --source is the workbook (.xlsx or .ods) and\n' +
    '--sheet, --range, --table, --name, --title and --chart say what to show (the chart: first column\n' +
    'the categories, each further column a series). By default a chart draws the columns of counts and\n' +
    'leaves out dates, percentages, rates and changes (unless there are no counts) and total rows;\n' +
    'it says what it left out, and --series draws the columns you name instead.',
  read(args) {
    const workbook: Record<string, string> = {};
    for (const [flag, name] of WORKBOOK_OPTIONS) {
      const value = args.value(flag);
      if (value !== undefined) workbook[name] = value;
    }
    return {
      file: args.operands[0]!,
      element: args.value('--element')!,
      data: dataOptions(args),
      area: args.value('--area') ?? null,
      end: args.value('--end') ?? null,
      section: args.value('--section') ?? null,
      template: args.value('--template') ?? null,
      id: args.value('--id') ?? null,
      workbook,
      out: args.value('--out')!,
    };
  },
};
