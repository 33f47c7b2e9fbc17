/** `council-report insert`: the task pane's insert (src/app/live) over a .docx from disk. */
import { insertLiveElement, type InsertWhere } from '../../../app/live';
import type { ChartModel } from '../../../core/charts';
import { ReportError } from '../../../core/errors';
import { PeriodIncompleteError, readDocumentState, type LiveRendering } from '../../../core/live';
import { DocxReportHost } from '../../../docx/docx-host';
import { readInputFile, writeOutputFile, type CliIo } from '../../shared/io';
import { cliSource, ELEMENTS } from '../../shared/live-data';
import { isWorkbookPath } from '../../shared/workbooks';
import { usageError } from '../../shared/parse';
import { templateForReport } from '../../shared/templates';
import { WORKBOOK_OPTIONS, type InsertCommand } from './spec';

export async function run(command: InsertCommand, io: CliIo): Promise<number> {
  const workbookOptions = workbookElementOptions(command);
  const host = new DocxReportHost(readInputFile(command.file), command.file);
  let where: InsertWhere = { atSelection: true };
  if (command.section) {
    const { state } = readDocumentState(await host.readSnapshot());
    where = { section: command.section, template: templateForReport(command.template, state.templateId) };
  }
  const result = await withEndAdvice(() =>
    insertLiveElement(
      host,
      cliSource(command.data, io),
      {
        element: command.element,
        ...(command.area ? { area: command.area } : {}),
        ...(command.end ? { periodEnd: command.end } : {}),
        ...(command.id ? { id: command.id } : {}),
        ...(workbookOptions ? { options: workbookOptions } : {}),
      },
      where,
      { elements: ELEMENTS, now: io.now() },
    ),
  );
  io.stdout.write(`Inserted ${result.rendering.title} (${result.tag}).\n`);
  const note = chartNote(result.rendering);
  if (note) io.stdout.write(`${note} To draw other columns, name them with --series.\n`);
  for (const advice of result.captionAdvice) io.stderr.write(`Note: ${advice}\n`);
  writeOutputFile(command.out, host.bytes);
  io.stderr.write(`Wrote ${command.out}.\n`);
  return 0;
}

/**
 * An insert whose 12 months are not all in the data can end the period earlier: say the --end
 * that works, when the data has 12 whole months at all (the core's message cannot know the option).
 */
async function withEndAdvice<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PeriodIncompleteError && error.fullPeriodEnd !== null) {
      throw new ReportError(
        error.code,
        `${error.message} Or end the period earlier with --end ${error.fullPeriodEnd}, the latest 12 months the data has in full.`,
      );
    }
    throw error;
  }
}

/** What a chart left out ("Not drawn: …"), or null. */
function chartNote(rendering: LiveRendering): string | null {
  if (rendering.kind !== 'chart') return null;
  return (rendering.model as ChartModel).note ?? null;
}

/** The spec options of a spreadsheet element from the command line; null for other elements. */
function workbookElementOptions(command: InsertCommand): Record<string, string> | null {
  if (ELEMENTS.find(command.element)?.dataFrom !== 'workbook') {
    for (const [flag, name] of WORKBOOK_OPTIONS) {
      if (name in command.workbook)
        throw usageError(`${flag} is for the spreadsheet elements only.`, 'insert');
    }
    return null;
  }
  if (command.element !== 'spreadsheet-chart') {
    for (const [flag, name] of WORKBOOK_OPTIONS) {
      if ((name === 'chart' || name === 'series') && name in command.workbook)
        throw usageError(`${flag} is for --element spreadsheet-chart only.`, 'insert');
    }
  }
  const workbooks = command.data.sources.filter(isWorkbookPath);
  if (workbooks.length !== 1) {
    throw usageError(
      `${command.element} needs exactly one workbook (.xlsx or .ods) with --source.`,
      'insert',
    );
  }
  return { file: workbooks[0]!.replace(/^.*[\\/]/, ''), ...command.workbook };
}
