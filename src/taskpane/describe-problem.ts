/** What every view shows when something goes wrong: the officer's words, never a stack trace. */
import { ReportError } from '../core/errors';

export const GENERIC_PROBLEM =
  'Council Report could not finish. Save your work and try again; if it keeps happening, close and ' +
  'reopen the report.';

/** A ReportError's message is written for the officer; anything else gets a plain sentence. */
export function describeProblem(error: unknown): string {
  if (error instanceof ReportError && error.message.trim() !== '') return error.message;
  return GENERIC_PROBLEM;
}
