/** `council-report check`: read each report from disk and check it (src/app/check-report.ts). */
import { checkReport } from '../../../app/check-report';
import { ReportError } from '../../../core/errors';
import type { CheckOptions } from '../../../core/template/finding';
import type { TemplateSpec } from '../../../core/template/spec';
import { DocxReportReader } from '../../../docx/read/docx-reader';
import { nodeRawInflate } from '../../../docx/read/node-inflate';
import { readInputFile, writeOutput, type CliIo } from '../../shared/io';
import { loadTemplate } from '../../shared/templates';
import { exitCodeFor, isUnreadable, type ReportOutcome } from './outcome';
import type { CheckCommand } from './spec';

/*
 * The output formats load when asked for: a plain check must not pay for the agenda page's or the
 * JSON's code. `require`, as in main.ts.
 */
const formats = {
  json: () => require('./format-json') as typeof import('./format-json'),
  html: () => require('./agenda-html') as typeof import('./agenda-html'),
  text: () => require('./format-text') as typeof import('./format-text'),
};

/** `council-report check`: every file against one template, the outcomes in the format asked for. */
export async function run(command: CheckCommand, io: CliIo): Promise<number> {
  const template = loadTemplate(command.template);
  const outcomes = await checkFiles(command.files, template, {
    final: command.final,
    // A live region refreshed too long ago is stale; --as-of fixes "now" for a reproducible check.
    live: { now: command.asOf ?? io.now() },
    // Said as soon as it happens, so a long batch shows the bad file without waiting for the end.
    onOutcome: (outcome) => {
      if (isUnreadable(outcome)) io.stderr.write(`council-report: ${outcome.error.message}\n`);
    },
  });

  const toTerminal = command.out === null && io.stdout.isTTY === true;
  const output =
    command.format === 'json'
      ? formats.json().formatJson(outcomes)
      : command.format === 'html'
        ? formats.html().agendaHtml(outcomes, { checkedAt: io.now() })
        : formats.text().formatText(outcomes, { colour: toTerminal && !io.env['NO_COLOR'] });
  writeOutput(io, command.out, output, `${outcomes.length} ${outcomes.length === 1 ? 'report' : 'reports'}`);
  return exitCodeFor(outcomes);
}

export interface CheckFilesOptions {
  final: boolean;
  /** What makes a live region stale (the time now), passed to the checker as is. */
  live?: CheckOptions['live'];
  /** Told about each file as it is done, e.g. to report a bad one on stderr straight away. */
  onOutcome?: (outcome: ReportOutcome) => void;
}

/**
 * Check each file in turn against one template. A file that cannot be read or checked becomes an
 * UnreadableReport and the batch goes on: one corrupt report must not hide the rest of an agenda.
 * Files are done one at a time so only one document is in memory at once.
 */
export async function checkFiles(
  files: readonly string[],
  template: TemplateSpec,
  options: CheckFilesOptions,
): Promise<ReportOutcome[]> {
  const outcomes: ReportOutcome[] = [];
  for (const file of files) {
    const outcome = await checkFile(file, template, options);
    options.onOutcome?.(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

async function checkFile(
  file: string,
  template: TemplateSpec,
  { final, live }: CheckFilesOptions,
): Promise<ReportOutcome> {
  try {
    const bytes = readInputFile(file);
    const host = new DocxReportReader(bytes, file, { inflateRaw: nodeRawInflate });
    const result = await checkReport(host, template, { final, ...(live ? { live } : {}) });
    return { file, templateName: template.name, result };
  } catch (error) {
    if (error instanceof ReportError) {
      const message = error.message.includes(file) ? error.message : `"${file}": ${error.message}`;
      return { file, error: { code: error.code, message } };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file,
      error: {
        code: 'unexpected-error',
        message:
          `Council Report could not check "${file}" (${detail}). This is a fault in Council Report, ` +
          'not in your report: please send the file to the team that supports it.',
      },
    };
  }
}
