/**
 * What a failed change to a .docx tells the officer. DocxReportHost edits a copy and keeps it only
 * once it is saved whole, so a failure at any step leaves the file exactly as it was. A refusal the
 * editor already explains (a ReportError such as "the report has changed") passes through as it is;
 * anything unexpected becomes a `docx-write-failed` ReportError that says nothing was changed,
 * rather than a bare TypeError in front of the officer.
 */
import { ReportError } from '../core/errors';

export const NOTHING_CHANGED = 'Nothing in the report was changed.';

export function unchangedAfter(error: unknown, fileName: string): ReportError {
  if (error instanceof ReportError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReportError(
    'docx-write-failed',
    `${fileName} could not be changed (${detail}). ${NOTHING_CHANGED} Check the report again and retry; ` +
      'if it keeps happening, tell whoever supports Council Report.',
    fileName,
  );
}
