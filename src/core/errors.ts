/**
 * An error a user can meet. The message is written for a council officer and says what to do next;
 * `code` is stable for tests and for the CLI's JSON.
 */
export class ReportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The file or part the problem is in, when there is one. */
    readonly where: string | null = null,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
