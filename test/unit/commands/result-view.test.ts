/** @jest-environment jsdom */
import { OPEN_PANE_LABEL, PANE_INSTRUCTION, renderResultView } from '../../../src/commands/result-view';

function render(params: Parameters<typeof renderResultView>[1]) {
  document.body.innerHTML = '<div id="root"><p>Loading the result…</p></div>';
  const root = document.getElementById('root')!;
  const sent: string[] = [];
  const view = renderResultView(root, params, (request) => sent.push(request));
  const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
  const instruction = () => [...root.querySelectorAll('p')].find((p) => p.textContent === PANE_INSTRUCTION)!;
  return { root, sent, view, buttons, instruction };
}

describe('the result dialog page', () => {
  it('shows the summary with an "Open Report tools" button that asks the command to open the pane', () => {
    const { root, sent, buttons, instruction } = render({
      kind: 'result',
      text: 'Report check: 3 errors, 2 warnings',
      canOpenPane: true,
    });
    expect(root.querySelector('h1')!.textContent).toBe('Report check');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Report check: 3 errors, 2 warnings');
    expect(buttons()).toEqual([OPEN_PANE_LABEL, 'Close']);
    expect(instruction().hidden).toBe(true);
    expect(document.activeElement?.textContent).toBe(OPEN_PANE_LABEL);
    (root.querySelector('button.primary') as HTMLButtonElement).click();
    expect(sent).toEqual(['open-taskpane']);
  });

  it('tells the officer where the pane is when the host cannot open it', () => {
    const { buttons, instruction, sent, root } = render({
      kind: 'result',
      text: 'Report check: no errors or warnings',
      canOpenPane: false,
    });
    expect(buttons()).toEqual(['Close']);
    expect(instruction().hidden).toBe(false);
    root.querySelector('button')!.click();
    expect(sent).toEqual(['close']);
  });

  it('swaps the button for the instruction when the command says the pane is unavailable', () => {
    const { view, buttons, instruction } = render({ kind: 'result', text: 'x', canOpenPane: true });
    view.showPaneUnavailable();
    expect(buttons()).toEqual(['Close']);
    expect(instruction().hidden).toBe(false);
    expect(document.activeElement?.textContent).toBe('Close');
  });

  it('shows an error as an alert', () => {
    const { root, buttons } = render({
      kind: 'error',
      text: 'Council Report could not check this report.',
      canOpenPane: false,
    });
    expect(root.querySelector('h1')!.textContent).toBe('Report check did not finish');
    expect(root.querySelector('[role=alert]')!.textContent).toBe(
      'Council Report could not check this report.',
    );
    expect(buttons()).toEqual(['Close']);
  });

  it('treats the text from the URL as text, never as HTML', () => {
    const { root } = render({ kind: 'result', text: '<img src=x onerror="alert(1)">', canOpenPane: false });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
