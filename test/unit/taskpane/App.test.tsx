/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import type { DocumentState } from '../../../src/taskpane/document-state';

function renderApp(
  documentState: DocumentState = { kind: 'ready', name: 'Strategic Assessment.docx', readOnly: false },
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App documentState={documentState} />
    </FluentProvider>,
  );
}

const panel = () => screen.getByRole('tabpanel');

// jsdom has no layout: offsetParent is always null and <body> measures 0×0, so Fluent's focus
// manager (tabster) takes every element for hidden and will not move focus with the arrow keys.
// Give elements a parent and the body a size; tabster then does its real work.
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get() {
      return (this as unknown as HTMLElement).parentElement;
    },
  });
  document.body.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 320, height: 800 });
});
afterAll(() => {
  if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
});

describe('the task pane shell', () => {
  it('has a heading, the document state, a main landmark and the three view tabs', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Council Report' })).toBeTruthy();
    expect(screen.getByTestId('document-state').textContent).toBe('“Strategic Assessment.docx” is open.');
    const main = screen.getByRole('main');
    const tabs = within(main).getAllByRole('tab');
    expect(tabs).toEqual(
      ['Template', 'Data', 'Consultation'].map((name) => within(main).getByRole('tab', { name })),
    );
    expect(screen.getByRole('tablist', { name: 'Council Report views' })).toBeTruthy();
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Template — check the report/,
    );
    expect(panel().getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
  });

  it('offers no buttons that do nothing: without Word the Template view says so, the others that they are coming', async () => {
    renderApp();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(within(panel()).getByText('Open the report in Word to check it here.')).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(
      within(panel()).getByText('Open the report in Word to insert and refresh live data here.'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Consultation' }));
    expect(
      within(panel()).getByText('Open the report in Word to track partners’ comments here.'),
    ).toBeTruthy();
  });

  it('moves between tabs with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    renderApp();
    const [template, data, consultation] = screen.getAllByRole('tab');
    await user.click(template!);
    expect(document.activeElement).toBe(template);

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(data);
    await user.keyboard('{Enter}');
    expect(data!.getAttribute('aria-selected')).toBe('true');
    expect(template!.getAttribute('aria-selected')).toBe('false');
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toBe(
      'Data — insert and refresh live crime tables',
    );
    expect(panel().getAttribute('aria-labelledby')).toBe(data!.id);

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(consultation);
    await user.keyboard(' ');
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Consultation — track partners' comments/,
    );

    await user.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    expect(document.activeElement).toBe(template);
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/^Template/);
  });

  it('tells the officer when it is not running inside Word', () => {
    renderApp({ kind: 'outside-word' });
    expect(screen.getByTestId('document-state').textContent).toMatch(/^Not connected to Word/);
    // The workspace's own pane before a file is open says no more than that.
    expect(screen.queryByTestId('outside-word-note')).toBeNull();
  });

  it('outside Word or without Office.js, says why and links to the workspace', () => {
    const { unmount } = renderApp({ kind: 'outside-word', reason: 'no-office' });
    expect(screen.getByTestId('document-state').textContent).toMatch(/Office\.js\) did not load/);
    const note = screen.getByTestId('outside-word-note');
    expect(within(note).getByText('Word could not be reached')).toBeTruthy();
    expect(within(note).getByRole('link', { name: 'Council Report workspace' }).getAttribute('href')).toBe(
      'workspace.html',
    );
    unmount();
    renderApp({ kind: 'outside-word', reason: 'not-word' });
    expect(
      within(screen.getByTestId('outside-word-note')).getByText('This page is not open in Word'),
    ).toBeTruthy();
  });
});
