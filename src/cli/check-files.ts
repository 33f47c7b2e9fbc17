import { readFileSync } from 'node:fs';
import { checkReport } from '../app/check-report';
import { ReportError } from '../core/errors';
import type { CheckOptions } from '../core/template/finding';
import type { TemplateSpec } from '../core/template/spec';
import { DocxReportReader } from '../docx/docx-reader';
import { nodeRawInflate } from '../docx/node-inflate';
import { reasonFor } from './file-problem';
import type { ReportOutcome } from './outcome';

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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      file,
      error: { code: 'file-unreadable', message: `Cannot read "${file}": ${reasonFor(error)}.` },
    };
  }
  try {
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
