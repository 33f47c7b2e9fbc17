/**
 * What every host says and does when the document no longer matches what the officer read or
 * checked: the same words in Word, in the workspace and on the command line, and the same notion
 * of "the same text" (spacing aside), so both hosts refuse in the same cases.
 */
import { ReportError } from '../errors';

export const REPORT_CHANGED_MESSAGE = 'The report has changed since it was checked — check it again.';

export function reportChanged(
  message: string = REPORT_CHANGED_MESSAGE,
  where: string | null = null,
): ReportError {
  return new ReportError('report-changed', message, where);
}

/** Text as the officer sees it for comparison: runs of spacing as one space, no spacing at the ends. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when the two texts read the same, spacing aside. */
export function sameText(actual: string, expected: string): boolean {
  return flatText(actual) === flatText(expected);
}
