/** @jest-environment jsdom */
/**
 * Injection into the task pane: a report whose paragraphs and comments hold every hostile string
 * (hostile-strings.ts), opened in the fake Word and shown by the real views. React escapes text,
 * but a view that reached for innerHTML or built a URL from document text would not: so the test
 * checks the DOM has no element or attribute the strings could have injected, and that the
 * strings are on screen as text.
 */
import '../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { ReportHostContext } from '../../src/taskpane/report-host-context';
import ConsultationView from '../../src/taskpane/views/consultation/ConsultationView';
import { PreviewTable } from '../../src/taskpane/views/data/PreviewTable';
import { TemplateEnvironmentContext } from '../../src/taskpane/views/template/template-actions';
import { wordTemplateActions } from '../../src/taskpane/views/template/word-template-actions';
import { WordReportHost } from '../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../support/fake-word';
import { hostileReport } from './hostile-docx';
import { HOSTILE_ENTRIES, SinkCounts } from './hostile-strings';

const counts = new SinkCounts();
afterAll(() => process.stdout.write(`${counts.lines().join('\n')}\n`));

// The megabyte string is covered by the builders and the CLI; here it would only slow jsdom down.
const ENTRIES = HOSTILE_ENTRIES.filter(([name]) => name !== '1 MB string');

let installed: InstalledFakeWord | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
  sessionStorage.clear();
});

/** Nothing a string could have injected: no script-capable elements, no event handler attributes. */
function expectNoInjection(container: HTMLElement): void {
  expect(
    container.querySelectorAll(
      'script, img, iframe, object, embed, link, style:not([data-make-styles-bucket])',
    ).length,
  ).toBe(0);
  for (const element of container.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      expect(name.startsWith('on')).toBe(false);
      if (name === 'href' || name === 'src')
        expect(element.getAttribute(name)).not.toMatch(/^\s*javascript:/i);
    }
  }
}

describe('hostile strings in the task pane views', () => {
  it('the Consultation view shows every hostile comment, author and text as text', async () => {
    installed = installFakeWord(fakeDocumentFromDocx(hostileReport(ENTRIES), 'hostile.docx'), {
      wordApi: '1.6',
    });
    const host = new WordReportHost('hostile.docx');
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ReportHostContext.Provider value={() => Promise.resolve(host)}>
          <ConsultationView />
        </ReportHostContext.Provider>
      </FluentProvider>,
    );
    await screen.findByTestId('summary-sentence');
    expectNoInjection(container);
    const shown = container.textContent ?? '';
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain('<img src=x onerror="alert(1)">');
    expect(shown).toContain('=HYPERLINK("http://x","y")');
    counts.add('task pane Consultation view', ENTRIES.length);
  });

  it('the Template view shows hostile excerpts and headings as text', async () => {
    installed = installFakeWord(fakeDocumentFromDocx(hostileReport(ENTRIES), 'hostile.docx'));
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <TemplateEnvironmentContext.Provider
          value={{ actions: wordTemplateActions(), documentKey: 'hostile', missingFeatures: [] }}
        >
          <App documentState={{ kind: 'ready', name: 'hostile.docx', readOnly: false }} />
        </TemplateEnvironmentContext.Provider>
      </FluentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check report' }));
    await waitFor(() => expect(container.textContent).toContain('alert(1)'), { timeout: 10_000 });
    expectNoInjection(container);
    counts.add('task pane Template view', ENTRIES.length);
  });

  it('the Data view preview table shows hostile captions, headers and cells as text', () => {
    for (const [name, value] of ENTRIES) {
      const { container, unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <PreviewTable
            caption={value}
            columns={[
              { header: value, align: 'left' },
              { header: 'Count', align: 'right' },
            ]}
            rows={[{ cells: [value, '1'] }, { cells: ['Total', value], kind: 'total' }]}
          />
        </FluentProvider>,
      );
      expectNoInjection(container);
      expect(container.querySelector('caption')?.textContent).toBe(value);
      expect({ name, header: container.querySelector('th')?.textContent }).toEqual({ name, header: value });
      unmount();
      counts.add('task pane Data preview table');
    }
  });
});
