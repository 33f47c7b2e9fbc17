/**
 * The contract between the "Check report" command and its result dialog (check-result.html):
 * the page's query string and the messages the two send each other. No Office.js here.
 */

export const RESULT_DIALOG_PAGE = 'check-result.html';

/** Dialog → command. */
export const DialogRequest = {
  openTaskpane: 'open-taskpane',
  close: 'close',
} as const;

/** Command → dialog (DialogApi 1.2 messageChild). */
export const DialogNotice = {
  paneUnavailable: 'pane-unavailable',
} as const;

export interface ResultDialogParams {
  /** "result" after a check, "error" when the check could not run. */
  kind: 'result' | 'error';
  /** The summary line or the error message: never document text. */
  text: string;
  /** Offer the "Open Report tools" button (the host can open the pane from a command). */
  canOpenPane: boolean;
}

/** Longest text the page shows; a longer query is cut (a URL is no place for an essay). */
export const MAX_DIALOG_TEXT = 400;

/** The dialog's URL, next to the page the command runs in. */
export function resultDialogUrl(commandPageUrl: string, params: ResultDialogParams): string {
  const url = new URL(RESULT_DIALOG_PAGE, commandPageUrl);
  url.search = new URLSearchParams({
    kind: params.kind,
    text: params.text.slice(0, MAX_DIALOG_TEXT),
    pane: params.canOpenPane ? '1' : '0',
  }).toString();
  url.hash = '';
  return url.href;
}

/** Reads the dialog's query string back; anything missing or odd falls back to a plain message. */
export function parseResultDialogQuery(search: string): ResultDialogParams {
  const q = new URLSearchParams(search);
  const kind = q.get('kind') === 'result' ? 'result' : 'error';
  const text = (q.get('text') ?? '').trim().slice(0, MAX_DIALOG_TEXT);
  return {
    kind,
    text: text || 'Council Report did not receive a result. Try Check report again.',
    canOpenPane: kind === 'result' && q.get('pane') === '1',
  };
}
