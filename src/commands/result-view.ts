import { DialogRequest, type ResultDialogParams } from './result-dialog';

export const OPEN_PANE_LABEL = 'Open Report tools';
export const PANE_INSTRUCTION = 'To see each problem, click Report tools on the Home tab.';

export interface ResultView {
  /** The host could not open the pane: swap the button for the instruction. */
  showPaneUnavailable(): void;
}

/**
 * Draws the result dialog into `root` with plain DOM (no framework: the page must open fast).
 * Text goes in through textContent only. `send` posts a request to the command.
 */
export function renderResultView(
  root: HTMLElement,
  params: ResultDialogParams,
  send: (request: (typeof DialogRequest)[keyof typeof DialogRequest]) => void,
): ResultView {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  root.replaceChildren();
  const main = el('main');
  const heading = el('h1', params.kind === 'result' ? 'Report check' : 'Report check did not finish');
  const summary = el('p', params.text);
  summary.className = params.kind === 'result' ? 'summary' : 'summary error';
  summary.setAttribute('role', params.kind === 'result' ? 'status' : 'alert');
  main.append(heading, summary);

  const instruction = el('p', PANE_INSTRUCTION);
  instruction.className = 'instruction';
  const actions = el('div');
  actions.className = 'actions';

  let open: HTMLButtonElement | null = null;
  if (params.canOpenPane) {
    open = el('button', OPEN_PANE_LABEL);
    open.type = 'button';
    open.className = 'primary';
    open.addEventListener('click', () => send(DialogRequest.openTaskpane));
    actions.append(open);
    instruction.hidden = true;
  } else if (params.kind === 'error') {
    instruction.hidden = true;
  }
  const close = el('button', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => send(DialogRequest.close));
  actions.append(close);
  main.append(instruction, actions);
  root.append(main);
  (open ?? close).focus();

  return {
    showPaneUnavailable() {
      if (open) {
        open.remove();
        open = null;
      }
      instruction.hidden = false;
      instruction.setAttribute('role', 'status');
      close.focus();
    },
  };
}
