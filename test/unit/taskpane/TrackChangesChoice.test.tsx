/** @jest-environment jsdom */
/**
 * The Data view in a report with Track Changes on (fake Word, real actions and Word host): the
 * pane says tracking is on, and unticking "Write them as tracked changes" inserts the live table
 * with no revision marks while tracking stays on. With tracking off, nothing is said.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportHostContext } from '../../../src/taskpane/report-host-context';
import { createDataActions } from '../../../src/taskpane/views/data/data-actions-impl';
import { DataView } from '../../../src/taskpane/views/data/DataView';
import { WordReportHost } from '../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../../support/word-profile-suite';
import { nodeCatalogue } from '../../support/elements';

const REPORT = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');

let installed: InstalledFakeWord;
function install(mode: 'Off' | 'TrackAll') {
  const doc = fakeDocumentFromDocx(new Uint8Array(readFileSync(REPORT)), 'complete.docx');
  doc.changeTrackingMode = mode;
  installed = installFakeWord(doc, { profile: currentWordProfile(), wordApi: '1.4' });
}
afterEach(() => installed.uninstall());

function renderInWord() {
  const host = new WordReportHost();
  const actions = createDataActions(host, { elements: nodeCatalogue(), chartPicture: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportHostContext.Provider value={() => Promise.resolve(host)}>
        <DataView actions={actions} />
      </ReportHostContext.Provider>
    </FluentProvider>,
  );
}

inEachWordProfile(() => {
  test('Track Changes on: the officer unticks tracking and the live table goes in untracked', async () => {
    install('TrackAll');
    const user = userEvent.setup();
    renderInWord();
    expect(await screen.findByText('Track Changes is on', {}, { timeout: 10000 })).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'Write them as tracked changes' });
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    expect((box as HTMLInputElement).checked).toBe(false);

    await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    const paragraphs = installed.fake.document.paragraphs;
    const at = paragraphs.findIndex((p) => p.text.startsWith('This report sets out'));
    installed.fake.document.selection = {
      start: { paragraph: at, offset: 3 },
      end: { paragraph: at, offset: 3 },
    };
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await screen.findByText(
      /Inserted .* at the cursor/,
      { selector: '.fui-MessageBarBody' },
      { timeout: 10000 },
    );

    const doc = installed.fake.document;
    expect(doc.contentControls.some((c) => c.tag.startsWith('cr:live:'))).toBe(true);
    expect(doc.trackedWrites ?? []).toEqual([]);
    expect(doc.changeTrackingMode).toBe('TrackAll');
  });

  test('Track Changes off: the pane says nothing about it', async () => {
    install('Off');
    renderInWord();
    await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 });
    expect(screen.queryByText('Track Changes is on')).toBeNull();
  });
});
