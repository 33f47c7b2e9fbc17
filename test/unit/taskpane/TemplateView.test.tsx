/** @jest-environment jsdom */
/**
 * The Template view in every state, through the pane as Word shows it. Where it can, the view runs
 * its real use cases on the fake Word holding a real committee report; stubs stand in only to hold
 * a check mid-way or to fail in ways Word does not.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot, type CheckedReport } from '../../../src/app/check-report';
import { publishRibbonCheck, resetRibbonChecks } from '../../../src/commands/ribbon-check';
import { WordReportHost } from '../../../src/word/word-host';
import { insertLiveElement, loadedSource } from '../../../src/app/live';
import { getTemplate } from '../../../src/core/template/templates';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { App } from '../../../src/taskpane/App';
import {
  TemplateEnvironmentContext,
  type TemplateActions,
  type TemplateEnvironment,
} from '../../../src/taskpane/views/template/template-actions';
import { wordTemplateActions } from '../../../src/taskpane/views/template/word-template-actions';
import { rememberTemplate } from '../../../src/taskpane/views/template/template-choice';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../support/fake-word';
import { datasetOf, makeRows, months } from '../core/live/small-csv';
import { currentWordProfile, inEachWordProfile } from '../../support/word-profile-suite';
import { builtInCatalogue } from '../../support/elements';

const elements = builtInCatalogue();

const REPORTS = join(__dirname, '../../fixtures/reports');
const MAIDSTONE_2019 = 'Maidstone Borough Council committee report (2019)';

let installed: InstalledFakeWord | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
  // The pane remembers a document's template in memory too: each test starts from the default.
  rememberTemplate('https://example.org/Strategic%20Assessment.docx', 'maidstone-2019');
  sessionStorage.clear();
});

function openInFakeWord(file: string): InstalledFakeWord {
  const bytes = new Uint8Array(readFileSync(join(REPORTS, file)));
  installed = installFakeWord(fakeDocumentFromDocx(bytes, file), { profile: currentWordProfile() });
  return installed;
}

function renderPane(actions: TemplateActions, extra: Partial<TemplateEnvironment> = {}) {
  const environment: TemplateEnvironment = {
    actions,
    documentKey: 'https://example.org/Strategic%20Assessment.docx',
    missingFeatures: [],
    ...extra,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplateEnvironmentContext.Provider value={environment}>
        <App documentState={{ kind: 'ready', name: 'Strategic Assessment.docx', readOnly: false }} />
      </TemplateEnvironmentContext.Provider>
    </FluentProvider>,
  );
}

const announcer = () => screen.getByTestId('announcer');

/** The one element showing `text` on screen (the announcer says much the same for screen readers). */
async function findShown(text: string | RegExp): Promise<HTMLElement> {
  const found = (await screen.findAllByText(text)).filter((element) => element !== announcer());
  expect(found).toHaveLength(1);
  return found[0]!;
}
const checkButton = () => screen.getByRole('button', { name: 'Check report' });
const group = (title: string) => screen.getByRole('listitem', { name: title });

/** Actions that fail the test if called: for states reached without the document. */
function unusedActions(overrides: Partial<TemplateActions> = {}): TemplateActions {
  const unused = () => Promise.reject(new Error('not expected in this test'));
  return {
    check: unused,
    selectParagraph: unused,
    insertSection: unused,
    protectHeadings: unused,
    removeProtection: unused,
    ...overrides,
  };
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe('the Template view', () => {
    it('before a check: the template (default 2019), the final-check switch and Check report', () => {
      renderPane(unusedActions());
      const panel = screen.getByRole('tabpanel');
      expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(/^Template/);
      expect(screen.getByRole('combobox', { name: 'Template' }).textContent).toBe(MAIDSTONE_2019);
      expect(screen.getByRole('switch', { name: /Final check before committee/ })).toHaveProperty(
        'checked',
        false,
      );
      expect(checkButton()).toBeTruthy();
      expect(screen.getByText('Not checked yet. Choose the template and select Check report.')).toBeTruthy();
      expect(screen.queryByText(/About this Word/)).toBeNull();
    });

    it('while checking: a progress bar fed by the check, its stage shown and announced', async () => {
      let progress: ((fraction: number, stage: string) => void) | undefined;
      const check = jest.fn(
        (_settings, onProgress) =>
          new Promise<CheckedReport>(() => {
            progress = onProgress;
          }),
      );
      renderPane(unusedActions({ check }));
      await userEvent.click(checkButton());
      act(() => progress!(0.4, 'Reading tables, comments and content controls'));
      const bar = await screen.findByRole('progressbar');
      expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
      expect(screen.getByText('Reading tables, comments and content controls')).toBeTruthy();
      expect(announcer().textContent).toBe(
        'Checking the report: Reading tables, comments and content controls.',
      );
      expect(checkButton()).toHaveProperty('disabled', true);
      expect(check).toHaveBeenCalledWith(
        { templateId: 'maidstone-2019', final: false },
        expect.any(Function),
      );
    });

    it("shows the check the ribbon's Check report just made (shared runtime), without checking again", async () => {
      openInFakeWord('strategic-assessment-complete.docx');
      renderPane(unusedActions());
      expect(screen.queryByText(/No problems found/)).toBeNull();
      const checked = await checkReportKeepingSnapshot(new WordReportHost(), getTemplate('maidstone-2019'));
      await act(async () => publishRibbonCheck({ checked, templateId: 'maidstone-2019', at: Date.now() }));
      expect(await findShown(/No problems found — 12 of 12 sections complete\./)).toBeTruthy();
      expect(announcer().textContent).toBe(
        'Checked from the ribbon. No problems found — 12 of 12 sections complete.',
      );
      resetRibbonChecks();
    });

    it('a complete report: says so, every section complete', async () => {
      openInFakeWord('strategic-assessment-complete.docx');
      renderPane(wordTemplateActions());
      await userEvent.click(checkButton());
      expect(await screen.findByText(/The report follows the template/)).toBeTruthy();
      expect(await findShown(/No problems found — 12 of 12 sections complete\./)).toBeTruthy();
      expect(announcer().textContent).toBe('Check finished. No problems found — 12 of 12 sections complete.');
      expect(within(group('4. Risk')).getByText('complete')).toBeTruthy();
      expect(within(group('4. Risk')).getByText('no findings')).toBeTruthy();
    });

    it('after a check, changing the template or Final check marks the result out of date; Check again from the keyboard', async () => {
      openInFakeWord('strategic-assessment-complete.docx');
      const actions = wordTemplateActions();
      const check = jest.spyOn(actions, 'check');
      renderPane(actions);
      const user = userEvent.setup();
      await user.click(checkButton());
      await findShown(/No problems found — 12 of 12 sections complete\./);
      expect(screen.queryByTestId('stale-result')).toBeNull();

      await user.click(screen.getByRole('switch', { name: /Final check before committee/ }));
      const stale = screen.getByTestId('stale-result');
      expect(stale.textContent).toBe(
        `Result out of dateThe result below is for ${MAIDSTONE_2019}, not final. Check again for the template and setting chosen now.Check again`,
      );
      // Turning it back off: the result is for the choices shown again.
      await user.click(screen.getByRole('switch', { name: /Final check before committee/ }));
      expect(screen.queryByTestId('stale-result')).toBeNull();

      await user.click(screen.getByRole('combobox', { name: 'Template' }));
      await user.click(await screen.findByRole('option', { name: /\(2018\)/ }));
      const again = within(await screen.findByTestId('stale-result')).getByRole('button', {
        name: 'Check again',
      });
      // A native button in the tab order, used with Enter.
      expect(again.tagName).toBe('BUTTON');
      expect(again.getAttribute('tabindex')).not.toBe('-1');
      act(() => again.focus());
      await user.keyboard('{Enter}');
      expect(check).toHaveBeenLastCalledWith(
        { templateId: 'maidstone-2018', final: false },
        expect.any(Function),
      );
      await screen.findByText(/Checked against Maidstone Borough Council committee report \(2018\)\./);
      expect(screen.queryByTestId('stale-result')).toBeNull();
    });

    describe('a report with problems (the fake Word holding strategic-assessment-problems.docx)', () => {
      it('lists findings by section with severity, message and excerpt; front matter and whole report grouped', async () => {
        openInFakeWord('strategic-assessment-problems.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        expect(await findShown(/5 errors, 7 warnings — 8 of 12 sections complete\./)).toBeTruthy();

        const groups = within(screen.getByRole('list', { name: 'Checklist by section' }))
          .getAllByRole('listitem')
          .filter((item) => item.getAttribute('aria-labelledby'));
        expect(groups.map((g) => g.querySelector('h4')!.textContent)).toEqual([
          'Header fields',
          'Executive Summary',
          'Recommendations',
          'Timetable',
          '1. Introduction and Background',
          '2. Available Options',
          '3. Preferred Option and Reasons for Recommendations',
          '4. Risk',
          '5. Consultation Results and Previous Committee Feedback',
          '6. Next Steps: Communication and Implementation of the Decision',
          '7. Cross-Cutting Issues and Implications',
          '8. Report Appendices',
          '9. Background Papers',
        ]);
        const nextSteps = group('6. Next Steps: Communication and Implementation of the Decision');
        expect(within(nextSteps).getByText('incomplete')).toBeTruthy();
        expect(within(nextSteps).getByText('2 findings')).toBeTruthy();
        const placeholder = within(nextSteps).getByRole('button', {
          name: /Placeholder text "\[Insert date\]"/,
        });
        expect(within(placeholder).getByText('Error')).toBeTruthy();
        expect(within(placeholder).getByText(/published on \[Insert date\]\./)).toBeTruthy();
        // The header fields are all there; the timetable, listed on its own, lacks a date.
        expect(within(group('Header fields')).getByText('complete')).toBeTruthy();
        expect(within(group('Timetable')).getByText('incomplete')).toBeTruthy();
        expect(
          within(group('Timetable')).getByText(/The timetable gives no date for "Council"/),
        ).toBeTruthy();
        expect(within(group('Executive Summary')).getByText('complete')).toBeTruthy();
        expect(within(group('4. Risk')).getByText('missing')).toBeTruthy();
        // A finding about something absent has no paragraph to go to: it is not a button.
        expect(within(group('4. Risk')).queryByRole('button', { name: /is missing/ })).toBeNull();
      });

      it('selecting a finding selects its paragraph in Word', async () => {
        const { fake } = openInFakeWord('strategic-assessment-problems.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        const expected = fake.document.paragraphs.findIndex((p) => p.text.includes('[Insert date]'));
        fake.resetCounts();

        await userEvent.click(screen.getByRole('button', { name: /Placeholder text "\[Insert date\]"/ }));
        await screen.findByText(/Placeholder text/);
        expect(fake.document.selection?.start.paragraph).toBe(expected);
        expect(fake.syncsPerRun).toEqual([2]);
      });

      it('says the report changed, and offers to check again, when the paragraph is no longer there', async () => {
        const { fake } = openInFakeWord('strategic-assessment-problems.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        const at = fake.document.paragraphs.findIndex((p) => p.text.includes('[Insert date]'));
        const edited = fake.document.paragraphs[at]!;
        edited.text = edited.text.replace('[Insert date]', '1 April 2018');

        await userEvent.click(screen.getByRole('button', { name: /Placeholder text "\[Insert date\]"/ }));
        expect(await findShown('The report has changed since it was checked — check it again.')).toBeTruthy();
        expect(fake.document.selection).toBeUndefined();
        await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
        await findShown(/4 errors, 7 warnings/);
      });

      it('“Insert missing section” adds Risk in Word and the checklist updates', async () => {
        const { fake } = openInFakeWord('strategic-assessment-problems.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        fake.resetCounts();

        await userEvent.click(screen.getByRole('button', { name: 'Insert missing section 4. Risk' }));
        expect(await findShown(/^Added the Risk section with the template's guidance/)).toBeTruthy();
        expect(fake.syncsPerRun).toEqual([2, 2]);
        expect(fake.document.paragraphs.some((p) => p.text === '4 RISK')).toBe(true);
        expect(within(group('4. Risk')).getByText('incomplete')).toBeTruthy();
        // The guidance stands in for the text the author must write, and the check says so.
        expect(
          within(group('4. Risk')).getByRole('button', { name: /The template's guidance/ }),
        ).toBeTruthy();
        expect(screen.queryByRole('button', { name: /Insert missing section/ })).toBeNull();
        expect(announcer().textContent).toMatch(/^Added the Risk section/);
      });

      it('“Insert missing section” adds an Executive Summary after the header fields; the timetable has no such button', async () => {
        const { fake } = openInFakeWord('other-council-no-summary-fields-table.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        expect(
          within(group('Timetable')).queryByRole('button', { name: /Insert missing section/ }),
        ).toBeNull();
        fake.resetCounts();

        await userEvent.click(
          screen.getByRole('button', { name: 'Insert missing section Executive Summary' }),
        );
        expect(await findShown(/^Added the Executive Summary after the header fields/)).toBeTruthy();
        expect(fake.syncsPerRun).toEqual([2, 2]);
        expect(
          within(group('Executive Summary')).getByRole('button', { name: /Placeholder text/ }),
        ).toBeTruthy();
        expect(screen.queryByRole('button', { name: /Insert missing section/ })).toBeNull();
      });

      it('“Insert missing recommendations” from the keyboard writes the lead and a numbered placeholder, and says so', async () => {
        const { fake } = openInFakeWord('other-council-no-recommendations-fields-table.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        fake.resetCounts();

        const insert = within(group('Recommendations')).getByRole('button', {
          name: 'Insert missing recommendations',
        });
        insert.focus();
        await userEvent.keyboard('{Enter}');
        expect(await findShown(/^Added the recommendations: the template's opening line/)).toBeTruthy();
        expect(fake.syncsPerRun).toEqual([2, 2]);
        const lead = fake.document.paragraphs.findIndex(
          (p) => p.text === 'This report makes the following recommendations to this Committee:',
        );
        expect(fake.document.paragraphs[lead + 1]!.text).toBe('1.\t[Insert the first recommendation]');
        expect(fake.document.paragraphs[lead + 2]!.text).toBe('Timetable');
        expect(within(group('Recommendations')).getByText('incomplete')).toBeTruthy();
        expect(
          within(group('Recommendations')).getByRole('button', {
            name: /Placeholder text "\[Insert the first recommendation\]"/,
          }),
        ).toBeTruthy();
        expect(screen.queryByRole('button', { name: 'Insert missing recommendations' })).toBeNull();
        expect(announcer().textContent).toMatch(/^Added the recommendations/);
      });

      it('a report with recommendations is never offered the insert', async () => {
        openInFakeWord('other-council-point-zero-headings.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        expect(within(group('Recommendations')).getByText('complete')).toBeTruthy();
        expect(screen.queryByRole('button', { name: 'Insert missing recommendations' })).toBeNull();
      });

      it('protects the section headings and removes the protection again', async () => {
        const { fake } = openInFakeWord('strategic-assessment-problems.docx');
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        expect(screen.queryByRole('button', { name: 'Remove protection' })).toBeNull();

        await userEvent.click(screen.getByRole('button', { name: 'Protect section headings' }));
        expect(await findShown(/^Protected 8 section headings/)).toBeTruthy();
        expect(fake.document.contentControls.filter((c) => c.cannotDelete)).toHaveLength(8);

        await userEvent.click(screen.getByRole('button', { name: 'Remove protection' }));
        expect(await findShown('Removed the protection from 8 section headings.')).toBeTruthy();
        expect(fake.document.contentControls).toHaveLength(0);
        expect(screen.queryByRole('button', { name: 'Remove protection' })).toBeNull();
      });
    });

    describe('a report with live regions', () => {
      const DAY = 86_400_000;

      /** The complete report with two live regions in its first section, last refreshed `daysAgo`. */
      async function openWithLiveRegions(daysAgo: number): Promise<void> {
        const file = 'strategic-assessment-complete.docx';
        const host = new DocxReportHost(new Uint8Array(readFileSync(join(REPORTS, file))), file);
        const source = loadedSource({
          data: await datasetOf(makeRows(months('2016-01', 24))),
          population: null,
          source: 'test',
        });
        // Relative to the real clock: the pane judges age by the time now, as it does for officers.
        const now = new Date(Date.now() - daysAgo * DAY);
        const where = { section: 'introduction-background', template: getTemplate('maidstone-2019') };
        for (const element of ['figure:total-crime', 'top-lsoas'])
          await insertLiveElement(host, source, { element, area: 'Maidstone' }, where, { elements, now });
        installed = installFakeWord(fakeDocumentFromDocx(host.bytes, file), {
          wordApi: '1.4',
          profile: currentWordProfile(),
        });
      }

      it('refreshed more than 45 days ago: each region is a stale warning in its section', async () => {
        await openWithLiveRegions(60);
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        const stale = within(group('1. Introduction and Background')).getAllByRole('button', {
          name: /is out of date: Last refreshed 60 days ago/,
        });
        expect(stale).toHaveLength(2);
        for (const finding of stale) expect(within(finding).getByText('Warning')).toBeTruthy();
      });

      it('refreshed within 45 days: no stale warning', async () => {
        await openWithLiveRegions(30);
        renderPane(wordTemplateActions());
        await userEvent.click(checkButton());
        await screen.findByRole('heading', { name: 'Result' });
        expect(screen.queryByText(/is out of date/)).toBeNull();
      });
    });

    it('an error from Word: its message, and Try again checks again', async () => {
      const { fake } = openInFakeWord('strategic-assessment-complete.docx');
      fake.failSync(1, 'AccessDenied');
      renderPane(wordTemplateActions());
      await userEvent.click(checkButton());
      expect(await screen.findByText('The check did not finish')).toBeTruthy();
      expect(screen.getByText(/^The report could not be read from Word\. Word refused access/)).toBeTruthy();
      expect(announcer().textContent).toMatch(/^The check did not finish\. The report could not be read/);

      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText(/The report follows the template/)).toBeTruthy();
    });

    it('an unexpected failure: a plain sentence, not the technical detail', async () => {
      renderPane(unusedActions({ check: () => Promise.reject(new TypeError('x is undefined')) }));
      await userEvent.click(checkButton());
      expect(
        await screen.findByText(/^Council Report could not finish\. Save your work and try again/),
      ).toBeTruthy();
      expect(screen.queryByText(/x is undefined/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    });

    it('checks with the chosen template and final mode, and remembers the template for the document', async () => {
      const check = jest.fn(() => new Promise<CheckedReport>(() => undefined));
      const view = renderPane(unusedActions({ check }));
      await userEvent.click(screen.getByRole('combobox', { name: 'Template' }));
      await userEvent.click(screen.getByRole('option', { name: /\(2018\)/ }));
      await userEvent.click(screen.getByRole('switch', { name: /Final check/ }));
      await userEvent.click(checkButton());
      expect(check).toHaveBeenCalledWith({ templateId: 'maidstone-2018', final: true }, expect.any(Function));

      view.unmount();
      renderPane(unusedActions());
      expect(screen.getByRole('combobox', { name: 'Template' }).textContent).toMatch(/\(2018\)/);
      view.unmount();
    });

    it('says what this Word lacks and what that means', () => {
      renderPane(unusedActions(), {
        missingFeatures: [{ set: 'WordApi 1.6', meaning: 'Findings may point at the wrong paragraph.' }],
      });
      expect(screen.getByText('About this Word')).toBeTruthy();
      expect(
        screen.getByText(/It lacks WordApi 1\.6: Findings may point at the wrong paragraph\./),
      ).toBeTruthy();
    });
  });
});
