import { ReportError } from '../core/errors';
import type { CheckResult } from '../core/template/finding';
import { DialogNotice, DialogRequest, resultDialogUrl, type ResultDialogParams } from './result-dialog';
import { summariseCheck } from './summary';

/** An open dialog, as the command sees it. */
export interface DialogSession {
  /** The dialog's next message, or null once the user has closed it. */
  next(): Promise<string | null>;
  /** Sends a notice to the dialog; false when the host cannot (no DialogApi 1.2). */
  tell(notice: string): boolean;
  close(): void;
}

/** Everything the command needs from Office, so the flow below is plain, testable code. */
export interface CheckCommandPorts {
  /** Runs the "Check report" use case on the open document. */
  check(): Promise<CheckResult>;
  /** The URL of the page the command runs in (taskpane.html, the shared runtime); the dialog page sits next to it. */
  commandPageUrl: string;
  /** True when the host can open the task pane from a command (SharedRuntime 1.1). */
  canShowTaskpane(): boolean;
  showTaskpane(): Promise<void>;
  openDialog(url: string): Promise<DialogSession>;
  /** Technical detail for the developer console; never shown to the officer. */
  log(message: string, error?: unknown): void;
}

export const GENERIC_CHECK_ERROR =
  'Council Report could not check this report. Save your work and try Check report again. ' +
  'If it keeps happening, open Report tools on the Home tab, or tell your IT service desk.';

/**
 * What an officer is told when the check fails: a ReportError's message is written for them;
 * anything else (an Office.js error, a bug) gets a plain sentence and goes to the console.
 */
export function describeCheckError(error: unknown): string {
  if (error instanceof ReportError && error.message.trim() !== '') return error.message;
  return GENERIC_CHECK_ERROR;
}

/**
 * How long the whole command may run, check and dialog together. Office ends a function command
 * that has not called event.completed() after about 5 minutes (Microsoft's "Add-in commands" /
 * "Create add-in commands with the add-in only manifest"); the command closes its dialog and
 * completes well before that, never cut off half-way.
 */
export const COMMAND_TIME_LIMIT_MS = 4.5 * 60 * 1000;

/** Time kept for showing the outcome when the check itself is slow. */
export const DIALOG_MIN_MS = 60 * 1000;

export const SLOW_CHECK_MESSAGE =
  'The check is taking longer than Word gives a ribbon button. Open Report tools on the Home tab ' +
  'and check the report there: the pane shows the result when it is ready.';

/**
 * The "Check report" ribbon command: check the report, show the outcome in a small dialog, and
 * open the task pane when the officer asks for it. Resolves when the dialog is gone; never rejects,
 * so the caller can always complete the Office event afterwards.
 */
export async function runCheckCommand(
  ports: CheckCommandPorts,
  {
    timeLimitMs = COMMAND_TIME_LIMIT_MS,
    dialogMinMs = DIALOG_MIN_MS,
    now = () => Date.now(),
  }: { timeLimitMs?: number; dialogMinMs?: number; now?: () => number } = {},
): Promise<void> {
  const deadline = now() + timeLimitMs;
  let params: ResultDialogParams;
  try {
    const result = await withinTime(ports.check(), Math.max(0, timeLimitMs - dialogMinMs));
    if (result === TIMEOUT) {
      // The check goes on in the shared runtime and the pane shows it; the command must end.
      params = { kind: 'error', text: SLOW_CHECK_MESSAGE, canOpenPane: false };
    } else {
      params = { kind: 'result', text: summariseCheck(result), canOpenPane: ports.canShowTaskpane() };
    }
  } catch (error) {
    ports.log('Check report failed', error);
    params = { kind: 'error', text: describeCheckError(error), canOpenPane: false };
  }

  let dialog: DialogSession;
  try {
    dialog = await ports.openDialog(resultDialogUrl(ports.commandPageUrl, params));
  } catch (error) {
    // E.g. a dialog is already open (12007) or the browser blocked it (12009): nothing more to show.
    ports.log('Could not open the result dialog', error);
    return;
  }

  try {
    for (;;) {
      const message = await withinTime(dialog.next(), Math.max(0, deadline - now()));
      if (message === null) return; // closed by the officer
      if (message === TIMEOUT || message === DialogRequest.close) {
        dialog.close();
        return;
      }
      if (message === DialogRequest.openTaskpane) {
        if (await tryShowTaskpane(ports)) {
          dialog.close();
          return;
        }
        // The dialog then says "click Report tools on the Home tab"; without messageChild, close it.
        if (!dialog.tell(DialogNotice.paneUnavailable)) {
          dialog.close();
          return;
        }
      }
      // Anything else is not from our page: ignore it.
    }
  } catch (error) {
    ports.log('The result dialog failed', error);
    try {
      dialog.close();
    } catch {
      // already gone
    }
  }
}

async function tryShowTaskpane(ports: CheckCommandPorts): Promise<boolean> {
  if (!ports.canShowTaskpane()) return false;
  try {
    await ports.showTaskpane();
    return true;
  } catch (error) {
    ports.log('Could not open the task pane from the command', error);
    return false;
  }
}

const TIMEOUT = Symbol('timeout');

/** `work`'s value, or TIMEOUT once `ms` have passed (the work itself is not stopped). */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
