/**
 * The live-data commands: `elements`, `build`, `insert`, `refresh` (see LIVE_HELP). Files are read
 * and written here; everything else is the same use cases the task pane runs (src/app/live) over
 * the .docx host.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  insertLiveElement,
  refreshLiveRegions,
  type InsertWhere,
  type LiveData,
  type LiveSource,
  type RefreshReport,
  workbookSource,
} from '../app/live';
import { renderChartInNode } from '../charts/node';
import { consultationElements } from '../app/consultation/summary-element';
import { chartElements } from '../core/charts/live-elements';
import { ReportError } from '../core/errors';
import { builtInElements, elementCatalogue, readDocumentState } from '../core/live';
import type { TemplateSpec } from '../core/template/spec';
import { blankDocx } from '../docx/blank-docx';
import { DocxEditor } from '../docx/docx-editor';
import { DocxReportHost } from '../docx/docx-host';
import { emptyReportState } from '../core/state/report-state';
import { sourceFrom } from './csv-source';
import { isWorkbookPath, readWorkbookFile, sheetsCommand } from './sheets';
import { reasonFor } from './file-problem';
import { loadTemplate } from './load-template';
import type { CliIo } from './main';
import { reportSkeleton } from './report-skeleton';

// The command line's live elements: the built-in tables and figures, the charts (drawn with vega +
// resvg, src/charts/node.ts) and the consultation summary (refreshed by the comments command).
const ELEMENTS = elementCatalogue(
  builtInElements(),
  chartElements(renderChartInNode),
  consultationElements(),
);

export const LIVE_COMMANDS = ['elements', 'build', 'insert', 'refresh', 'sheets'] as const;
export type LiveCommand = (typeof LIVE_COMMANDS)[number];

const SOURCE_HELP = `  --source sample|<file.csv>...  the data: the bundled synthetic sample (the default) or police.uk
                                street-level CSV files (one per force per month; as many as you like);
                                workbooks (.xlsx, .ods) for spreadsheet tables and charts
  --population <file.csv>       population table (area, year, population) for crime rates
  --retrieved YYYY-MM-DD        the day the CSV files were downloaded, for the source line
                                (default: today)`;

export const LIVE_HELP: Record<LiveCommand, string> = {
  elements: `Usage: council-report elements [--json]

Lists the live tables and figures that "insert" and "build" can put in a report.
`,
  build: `Usage: council-report build [--template <id|file.json>] [--source sample|<file.csv>...]
                            [--area NAME] [--end YYYY-MM] --out report.docx

Writes a new report skeleton: every template section with its guidance to replace, the header
block, the timetable, the implications table, and the standard live tables (recorded crime by
category, crime per 1,000 people by district, the neighbourhoods with most crime) in the first
section. "council-report check" on it lists only the placeholders an author must replace.

  --template <id|file.json>     template to follow (default as for check)
${SOURCE_HELP}
  --area NAME                   the report's district (default: the council the template names)
  --end YYYY-MM                 last month of the period (default: the latest month in the data;
                                without it, refresh moves the tables on as new data arrives)
  --out <file.docx>             where to write the report
`,
  insert: `Usage: council-report insert <in.docx> --element NAME [--source ...] [--area NAME] [--end YYYY-MM]
                             [--section ID] [--template <id|file.json>] --out out.docx

Inserts one live table or figure (see "council-report elements") at the end of a template section
(--section, e.g. introduction-background, or executive-summary, recommendations, timetable) or at
the end of the report.

${SOURCE_HELP}
  --area NAME                   the district (default: the one the report's other live data uses,
                                or the district named at the top of the report)
  --end YYYY-MM                 last month of the period (default: the latest in the data)

For --element spreadsheet-table or spreadsheet-chart, --source is the workbook (.xlsx or .ods):
  --sheet NAME                  the sheet (default: the first worksheet)
  --range A1:D20 | --table NAME | --name NAME
                                the cells (default: the sheet's used range); the first row is the
                                header row (the chart: first column the categories, each further
                                column a series)
  --title TEXT                  the caption after "Table N:" / "Figure N:" (default: the sheet's name)
  --chart bar|line              spreadsheet-chart only (default bar)
`,
  sheets: `Usage: council-report sheets <file.xlsx|file.ods> [--json]

Lists a workbook's sheets (name and used range; chart sheets marked), its tables and its defined
names: what "insert --element spreadsheet-table" can take with --sheet, --range, --table, --name.
`,
  refresh: `Usage: council-report refresh <in.docx> [--source ...] --out out.docx [--json] [--force]

Recomputes every live table and figure from the data (spreadsheet tables and charts from the
workbooks given with --source, matched by file name; with only workbooks given, the crime-data
regions are left as they are) and lists every figure that changed
(old -> new) so the text that quotes them can be put right. A region changed by hand is left alone
unless --force is given; a region whose record or content control is missing is reported.

${SOURCE_HELP}
  --json                        { "file", "sourceError", "regions": [ { "id", "element", "status":
                                "unchanged|changed|failed|skipped-edited|skipped|orphaned",
                                "changes": [ { "where", "from", "to" } ], "message"? } ] }
  --force                       overwrite regions changed by hand

Exit status: 0 refreshed; 1 a region could not be computed or was changed by hand (and skipped);
2 the data or a file could not be read (nothing is written).
`,
};

interface LiveArgs {
  positionals: string[];
  values: Map<string, string>;
  sources: string[];
  flags: Set<string>;
}

const VALUE_OPTIONS = [
  '--template',
  '--area',
  '--end',
  '--out',
  '--element',
  '--section',
  '--population',
  '--retrieved',
  '--id',
  '--sheet',
  '--range',
  '--table',
  '--name',
  '--title',
  '--chart',
];
const FLAG_OPTIONS = ['--json', '--force'];

function usage(message: string): ReportError {
  return new ReportError('usage', `${message} Run "council-report <command> --help" to see how to use it.`);
}

function parseLiveArgs(argv: readonly string[]): LiveArgs {
  const args: LiveArgs = { positionals: [], values: new Map(), sources: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = equals > 0 ? word.slice(0, equals) : word;
    if (name === '--source') {
      if (equals > 0) args.sources.push(word.slice(equals + 1));
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) args.sources.push(argv[++i]!);
      if (args.sources.length === 0) throw usage('--source needs "sample" or one or more CSV files.');
    } else if (VALUE_OPTIONS.includes(name)) {
      const value = equals > 0 ? word.slice(equals + 1) : argv[++i];
      if (value === undefined || value === '' || value.startsWith('--'))
        throw usage(`The option ${name} needs a value.`);
      args.values.set(name, value);
    } else if (FLAG_OPTIONS.includes(name)) args.flags.add(name);
    else if (word.startsWith('--')) throw usage(`Unknown option "${name}".`);
    else args.positionals.push(word);
  }
  const end = args.values.get('--end');
  if (end !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(end))
    throw usage(`--end must be a month like 2017-10, not "${end}".`);
  return args;
}

/**
 * The data the sources give: workbooks (.xlsx, .ods), read first so a bad one stops the command
 * before anything else is read, and police.uk CSV files or the sample. With workbooks alone, no
 * crime data at all.
 */
function cliSource(args: LiveArgs, io: CliIo): LiveSource {
  const workbookPaths = args.sources.filter(isWorkbookPath);
  const crime = crimeSource({ ...args, sources: args.sources.filter((p) => !isWorkbookPath(p)) }, io);
  if (workbookPaths.length === 0) return crime;
  const crimeGiven = args.sources.some((p) => !isWorkbookPath(p));
  let loaded: Promise<LiveData> | null = null;
  return {
    label: workbookPaths.join(', '),
    load: (onProgress) => {
      loaded ??= (async () => {
        const workbooks = workbookPaths.map((path) => {
          io.stderr.write(`Reading ${path}\n`);
          return readWorkbookFile(path);
        });
        const data = crimeGiven ? await crime.load(onProgress) : undefined;
        return workbookSource(workbooks, data).load();
      })();
      return loaded;
    },
  };
}

/** Loads the crime data once however many elements use it, and says on stderr what was read. */
function crimeSource(args: LiveArgs, io: CliIo): LiveSource {
  let lastFile = '';
  const inner = sourceFrom(args.sources, {
    population: args.values.get('--population') ?? null,
    ...(args.values.has('--retrieved') ? { retrieved: args.values.get('--retrieved')! } : {}),
    onProgress: (p) => {
      if (p.file !== lastFile) {
        lastFile = p.file;
        io.stderr.write(`Reading ${p.file} (${p.fileIndex + 1} of ${p.fileCount ?? '?'})\n`);
      }
    },
  });
  let loaded: Promise<LiveData> | null = null;
  return {
    label: inner.label,
    load: (onProgress) => {
      loaded ??= inner.load(onProgress).then((live) => {
        const d = live.data;
        if (live.source !== 'sample') {
          io.stderr.write(
            `Read ${d.recordsCounted.toLocaleString('en-GB')} rows (${d.months[0] ?? '?'} to ${d.latestMonth ?? '?'}, ${d.districts.length} districts)` +
              (d.recordsSkipped > 0 ? `; skipped ${d.recordsSkipped} rows` : '') +
              (d.unknownCrimeTypes.length > 0
                ? `; unknown crime types kept: ${d.unknownCrimeTypes.map((u) => u.name).join(', ')}`
                : '') +
              '.\n',
          );
        }
        return live;
      });
      return loaded;
    },
  };
}

function readDocxFile(path: string | undefined): Uint8Array {
  if (!path) throw usage('Give the report (.docx) to change.');
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new ReportError('file-unreadable', `Cannot read "${path}": ${reasonFor(error)}.`, path);
  }
}

function outPath(args: LiveArgs): string {
  const out = args.values.get('--out');
  if (!out) throw usage('Say where to write the report with --out <file.docx>.');
  return out;
}

function writeOut(path: string, bytes: Uint8Array, io: CliIo): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw new ReportError('file-unwritable', `Cannot write "${path}": ${reasonFor(error)}.`, path);
  }
  io.stderr.write(`Wrote ${path}.\n`);
}

/** "Maidstone Borough Council" → "Maidstone". */
function councilDistrict(template: TemplateSpec): string {
  return template.council.replace(/\s+(Borough|District|City|County)?\s*Council$/i, '').trim();
}

async function build(args: LiveArgs, io: CliIo): Promise<number> {
  const out = outPath(args);
  const template = loadTemplate(args.values.get('--template') ?? null);
  const area = args.values.get('--area') ?? councilDistrict(template);
  const skeleton = reportSkeleton(template);
  const editor = DocxEditor.open(blankDocx(skeleton.xml, template.name), 'report.docx');
  editor.writeReportState({ ...emptyReportState(), templateId: template.id });
  const host = new DocxReportHost(editor.save(), out);
  const source = cliSource(args, io);
  const live = await source.load();
  const end = args.values.get('--end');
  for (const element of [
    'crime-by-category-yoy',
    'chart:category-yoy',
    'rate-per-1000-by-district',
    'chart:rate-per-1000-by-district',
    'top-lsoas',
    'chart:spc-total-crime',
  ]) {
    if (ELEMENTS.find(element)?.needsPopulation && !live.population) {
      io.stderr.write(`Left out ${element}: it needs a population table (--population file.csv).\n`);
      continue;
    }
    await insertLiveElement(
      host,
      source,
      { element, area, ...(end ? { periodEnd: end } : {}) },
      { section: skeleton.dataSection, template },
      { elements: ELEMENTS, now: io.now() },
    );
  }
  writeOut(out, host.bytes, io);
  return 0;
}

/** --template, else the template the report's data names, else the default. */
function templateOf(args: LiveArgs, templateId: string | null): TemplateSpec {
  return loadTemplate(args.values.get('--template') ?? templateId ?? null);
}

async function insert(args: LiveArgs, io: CliIo): Promise<number> {
  const file = args.positionals[0];
  const out = outPath(args);
  const element = args.values.get('--element');
  if (!element)
    throw usage('Say which element to insert with --element NAME (see "council-report elements").');
  const host = new DocxReportHost(readDocxFile(file), file!);
  const section = args.values.get('--section');
  let where: InsertWhere = { atSelection: true };
  if (section) {
    const { state } = readDocumentState(await host.readSnapshot());
    where = { section, template: templateOf(args, state.templateId) };
  }
  const end = args.values.get('--end');
  const area = args.values.get('--area');
  const id = args.values.get('--id');
  const workbookOptions = workbookElementOptions(element, args);
  const result = await insertLiveElement(
    host,
    cliSource(args, io),
    {
      element,
      ...(area ? { area } : {}),
      ...(end ? { periodEnd: end } : {}),
      ...(id ? { id } : {}),
      ...(workbookOptions ? { options: workbookOptions } : {}),
    },
    where,
    { elements: ELEMENTS, now: io.now() },
  );
  io.stdout.write(`Inserted ${result.rendering.title} (${result.tag}).\n`);
  writeOut(out, host.bytes, io);
  return 0;
}

/** The spec options of a spreadsheet element from the command line; null for other elements. */
function workbookElementOptions(element: string, args: LiveArgs): Record<string, string> | null {
  if (ELEMENTS.find(element)?.dataFrom !== 'workbook') {
    for (const option of ['--sheet', '--range', '--table', '--name', '--title', '--chart']) {
      if (args.values.has(option)) throw usage(`${option} is for the spreadsheet elements only.`);
    }
    return null;
  }
  const workbooks = args.sources.filter(isWorkbookPath);
  if (workbooks.length !== 1) {
    throw usage(`${element} needs exactly one workbook (.xlsx or .ods) with --source.`);
  }
  const options: Record<string, string> = { file: workbooks[0]!.replace(/^.*[\\/]/, '') };
  for (const [flag, name] of [
    ['--sheet', 'sheet'],
    ['--range', 'range'],
    ['--table', 'table'],
    ['--name', 'name'],
    ['--title', 'title'],
    ['--chart', 'chart'],
  ] as const) {
    const value = args.values.get(flag);
    if (value !== undefined) options[name] = value;
  }
  return options;
}

function refreshText(report: RefreshReport): string {
  const lines: string[] = [];
  if (report.sourceError) lines.push(report.sourceError, '');
  for (const region of report.regions) {
    lines.push(
      `${region.id} (${region.element}): ${region.status}${region.message ? ` — ${region.message}` : ''}`,
    );
    for (const change of region.changes) lines.push(`    ${change.where}: ${change.from} -> ${change.to}`);
  }
  if (report.regions.length === 0) lines.push('The report has no live tables or figures.');
  return lines.join('\n') + '\n';
}

async function refresh(args: LiveArgs, io: CliIo): Promise<number> {
  const file = args.positionals[0];
  const out = outPath(args);
  const host = new DocxReportHost(readDocxFile(file), file!);
  const report = await refreshLiveRegions(host, cliSource(args, io), {
    elements: ELEMENTS,
    now: io.now(),
    force: args.flags.has('--force'),
  });
  if (args.flags.has('--json')) {
    const regions = report.regions.map((r) => ({
      id: r.id,
      element: r.element,
      status: r.status,
      changes: r.changes,
      ...(r.message ? { message: r.message } : {}),
    }));
    io.stdout.write(JSON.stringify({ file, sourceError: report.sourceError, regions }, null, 2) + '\n');
  } else io.stdout.write(refreshText(report));
  if (report.sourceError) {
    io.stderr.write('Nothing was written.\n');
    return 2;
  }
  writeOut(out, host.bytes, io);
  return report.regions.some((r) => r.status === 'failed' || r.status === 'skipped-edited') ? 1 : 0;
}

function elements(args: LiveArgs, io: CliIo): number {
  const list = ELEMENTS.list();
  if (args.flags.has('--json')) {
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...list.map((e) => e.name.length));
  io.stdout.write(
    [
      'Live elements (use the name with --element):',
      ...list.map((e) => `  ${e.name.padEnd(width)}  ${e.label} (${e.kind})`),
      '',
    ].join('\n'),
  );
  return 0;
}

/** Runs one live-data command; resolves to the exit code. */
export async function runLive(command: LiveCommand, argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(LIVE_HELP[command]);
    return 0;
  }
  try {
    const args = parseLiveArgs(argv);
    switch (command) {
      case 'elements':
        return elements(args, io);
      case 'build':
        return await build(args, io);
      case 'insert':
        return await insert(args, io);
      case 'refresh':
        return await refresh(args, io);
      case 'sheets':
        return sheetsCommand(args.positionals, args.flags.has('--json'), io);
    }
  } catch (error) {
    if (error instanceof ReportError) {
      io.stderr.write(`council-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
