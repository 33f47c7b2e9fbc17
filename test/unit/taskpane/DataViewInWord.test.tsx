/** @jest-environment jsdom */
/**
 * The Data view with its real actions (data engine, live elements, use cases, the Word host) on
 * the fake Word holding a real committee report: the preview shows the numbers the inserted table
 * has, inserting at the cursor adds a tagged region and its record, refresh reports what changed,
 * and removing takes the link away but leaves the text.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutSections } from '../../../src/core/template/sections';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../../src/core/template/templates';
import { REPORT_NAMESPACE } from '../../../src/ooxml/custom-xml-part';
import { PoliceApiClient } from '../../../src/core/data/police-api';
import {
  createDataActions,
  type DataActionOptions,
} from '../../../src/taskpane/views/data/data-actions-impl';
import { DataView } from '../../../src/taskpane/views/data/DataView';
import { WordReportHost } from '../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../../support/word-profile-suite';
import { nodeCatalogue } from '../../support/elements';
import { nodeHttpFetch } from '../../support/node-http-fetch';
import { pickedFile } from '../../support/picked-file';
import { startPoliceApiServer } from '../../support/police-api-server';

const REPORT = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');
const SHEETS = join(__dirname, '../../fixtures/spreadsheets');

let installed: InstalledFakeWord;
beforeEach(() => {
  installed = installFakeWord(fakeDocumentFromDocx(new Uint8Array(readFileSync(REPORT)), 'complete.docx'), {
    profile: currentWordProfile(),
    wordApi: '1.4',
  });
});
afterEach(() => installed.uninstall());

function renderInWord(options: Pick<DataActionOptions, 'policeApi'> = {}) {
  const actions = createDataActions(new WordReportHost(), {
    elements: nodeCatalogue(),
    chartPicture: null,
    ...options,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataView actions={actions} />
    </FluentProvider>,
  );
}

const messageBar = (text: RegExp) =>
  screen.findByText(text, { selector: '.fui-MessageBarBody' }, { timeout: 10000 });

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  test('preview, insert at the cursor, refresh and remove, on a real report in Word', async () => {
    const user = userEvent.setup();
    renderInWord();
    expect(
      await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 }),
    ).toBeTruthy();
    // The report is Maidstone's: the area defaults to it.
    expect(screen.getByRole('combobox', { name: 'Area' }).textContent).toBe('Maidstone');
    expect(await screen.findByText(/This report has no live regions yet/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    const previewRows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.textContent));

    // The cursor is in "Executive Summary"'s text.
    const paragraphs = installed.fake.document.paragraphs;
    const at = paragraphs.findIndex((p) => p.text.startsWith('This report sets out'));
    installed.fake.document.selection = {
      start: { paragraph: at, offset: 3 },
      end: { paragraph: at, offset: 3 },
    };
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await messageBar(/Inserted Recorded crime by category, year on year at the cursor/);

    // In the document: a control tagged cr:live:… right after the cursor's paragraph, holding the
    // table with the previewed numbers, and its record in the state part.
    const doc = installed.fake.document;
    const control = doc.contentControls.find((c) => c.tag.startsWith('cr:live:'))!;
    expect(control.span.start.paragraph).toBe(at + 1);
    const inserted = doc.tables.find((t) => t.firstParagraph > control.span.start.paragraph)!;
    expect(inserted.values).toEqual(previewRows.map((cells) => cells.map((c) => c ?? '')));
    const part = doc.customXmlParts.find((p) => p.namespaceUri === REPORT_NAMESPACE)!;
    expect(part.xml).toContain(`id="${control.tag.slice('cr:live:'.length)}"`);

    const list = screen.getByRole('list', { name: 'Live regions' });
    expect(within(list).getByText('Up to date')).toBeTruthy();

    // Refreshing from the same data changes nothing.
    installed.fake.resetCounts();
    await user.click(screen.getByRole('button', { name: 'Refresh all (1)' }));
    await messageBar(/Refreshed 1 region: 0 updated, 1 unchanged\./);
    // The refresh itself: one read (2 syncs) and one write (2 syncs); the list read after it, 2 more.
    expect(installed.fake.syncsPerRun.slice(0, 2)).toEqual([2, 2]);

    await user.click(within(list).getByRole('button', { name: /^Refresh / }));
    await messageBar(/Refreshed 1 region/);
  });

  test('a workbook that cannot be opened: the sample and its preview stay, and insert still works', async () => {
    const user = userEvent.setup();
    renderInWord();
    await screen.findByText(/Using: Synthetic sample data/, {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const rowsOf = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.textContent ?? ''));
    const previewRows = rowsOf(await screen.findByRole('table', {}, { timeout: 10000 }));

    await user.click(screen.getByRole('radio', { name: 'Spreadsheet (.xlsx, .ods)' }));
    await user.upload(
      screen.getByLabelText(/A partner’s workbook/),
      pickedFile(join(SHEETS, 'password.xlsx'), 'fire-service.xlsx'),
    );
    await user.click(screen.getByRole('button', { name: 'Open workbook' }));
    expect(
      await screen.findByText('fire-service.xlsx could not be loaded', {}, { timeout: 10000 }),
    ).toBeTruthy();
    expect(screen.getByText(/protected with a password/, { selector: '.fui-MessageBarBody' })).toBeTruthy();
    expect(screen.getByText('Using: Synthetic sample data — not real figures')).toBeTruthy();
    expect(rowsOf(screen.getByRole('table'))).toEqual(previewRows);

    // The data was not lost: the previewed table goes into the document without loading it again.
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await messageBar(/Inserted Recorded crime by category, year on year/);
    const doc = installed.fake.document;
    const control = doc.contentControls.find((c) => c.tag.startsWith('cr:live:'))!;
    const inserted = doc.tables.find((t) => t.firstParagraph > control.span.start.paragraph)!;
    expect(inserted.values).toEqual(previewRows);
  });

  test('police.uk answering with server errors: the sample, its area and preview stay, and say so', async () => {
    const server = await startPoliceApiServer();
    try {
      server.script = () => ({ status: 500, body: 'Internal Server Error' });
      const user = userEvent.setup();
      renderInWord({
        policeApi: () =>
          new PoliceApiClient({
            baseUrl: server.baseUrl,
            fetch: nodeHttpFetch,
            maxRetries: 0,
            requestsPerSecond: 1000,
            burst: 1000,
          }),
      });
      await screen.findByText(/Using: Synthetic sample data/, {}, { timeout: 10000 });
      await user.click(screen.getByRole('button', { name: 'Preview' }));
      const rowsOf = (table: HTMLElement) =>
        within(table)
          .getAllByRole('row')
          .map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.textContent ?? ''));
      const previewRows = rowsOf(await screen.findByRole('table', {}, { timeout: 10000 }));

      await user.click(screen.getByRole('radio', { name: 'police.uk API' }));
      await user.type(screen.getByRole('textbox', { name: /District$/ }), 'Maidstone');
      await user.type(
        screen.getByRole('textbox', { name: /District boundary/ }),
        '51.2,0.4:51.2,0.6:51.3,0.6',
      );
      await user.click(screen.getByRole('button', { name: 'Fetch from police.uk' }));
      expect(
        await screen.findByText('police.uk data for Maidstone could not be loaded', {}, { timeout: 10000 }),
      ).toBeTruthy();
      expect(server.requests.length).toBeGreaterThan(0);
      expect(
        screen.getByText(/the data below is still in use/, { selector: '.fui-MessageBarBody' }),
      ).toBeTruthy();
      expect(screen.getByText('Using: Synthetic sample data — not real figures')).toBeTruthy();
      expect(screen.getByRole('combobox', { name: 'Area' }).textContent).toBe('Maidstone');
      expect(rowsOf(screen.getByRole('table'))).toEqual(previewRows);
      expect(screen.getByText(/Still using Synthetic sample data/)).toBeTruthy();
    } finally {
      await server.close();
    }
  });

  test('remove: the link goes, the table stays as ordinary text', async () => {
    const user = userEvent.setup();
    renderInWord();
    await screen.findByText(/Using: Synthetic sample data/, {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await messageBar(/Inserted/);
    const tablesBefore = installed.fake.document.tables.length;
    const actions = createDataActions(new WordReportHost(), {
      elements: nodeCatalogue(),
      chartPicture: null,
    });
    const [region] = await actions.regions();
    await actions.remove(region!.id);
    expect(installed.fake.document.contentControls.filter((c) => c.tag.startsWith('cr:live:'))).toEqual([]);
    expect(installed.fake.document.tables.length).toBe(tablesBefore);
    expect(await actions.regions()).toEqual([]);
  });

  test('insert into a chosen section: at the end of that section, before the next heading', async () => {
    const user = userEvent.setup();
    const template = getTemplate(DEFAULT_TEMPLATE_ID);
    const before = layoutSections(await new WordReportHost().readSnapshot(), template);
    renderInWord();
    await screen.findByText(/Using: Synthetic sample data/, {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    await user.click(screen.getByRole('combobox', { name: 'Or into section' }));
    const options = await screen.findAllByRole('option');
    // The executive summary, recommendations and timetable, then every section the report has, in
    // the template's order.
    const present = template.sections.filter((section) => before.bodies.has(section.id));
    const parts = ['Executive Summary', 'Recommendations', 'Timetable'];
    expect(options.map((o) => o.textContent)).toEqual([...parts, ...present.map((section) => section.title)]);
    const section = present[1]!;
    await user.click(options[parts.length + 1]!);
    await user.click(screen.getByRole('button', { name: 'Insert into section' }));
    await messageBar(/Inserted .* in /);

    const control = installed.fake.document.contentControls.find((c) => c.tag.startsWith('cr:live:'))!;
    expect(control.span.start.paragraph).toBe(before.bodies.get(section.id)!.end);
  });
  test('a refresh Word writes twice inside the region: what changed is shown, with a warning saying what to do', async () => {
    const user = userEvent.setup();
    renderInWord();
    await screen.findByText(/This report has no live regions yet/, {}, { timeout: 10000 });
    // An earlier month, following the newest: the refresh moves it on, so Word is sent a Replace.
    await user.click(screen.getByRole('combobox', { name: /Period ends/ }));
    await user.click((await screen.findAllByRole('option'))[1]!);
    await user.click(screen.getByRole('switch', { name: 'Move to the newest month when refreshed' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    const at = installed.fake.document.paragraphs.findIndex((p) => p.text.startsWith('This report sets out'));
    installed.fake.document.selection = {
      start: { paragraph: at, offset: 3 },
      end: { paragraph: at, offset: 3 },
    };
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await messageBar(/^Inserted .* It stays linked to its data/);

    installed.fake.behaviours.ooxmlDuplicateCopy = true;
    await user.click(screen.getByRole('button', { name: 'Refresh all (1)' }));
    const bar = await messageBar(
      /^Refreshed 1 region: 1 updated, 0 unchanged\..* Word did not write “Table \d+: Recorded crime by category/,
    );
    expect(bar.closest('[data-intent]')?.getAttribute('data-intent')).toBe('warning');
    // The diff of what was refreshed is still shown: the change was made.
    expect(screen.getByRole('heading', { name: 'What changed' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Live regions' });
    expect(within(list).getByText('Changed by hand')).toBeTruthy();
  });

  test('Word writes the table without its last row (office-js #6752): a warning says what to do, and the list shows the region, edited by hand', async () => {
    const user = userEvent.setup();
    installed.fake.behaviours.ooxmlDropsTableRow = true;
    renderInWord();
    expect(
      await screen.findByText(/This report has no live regions yet/, {}, { timeout: 10000 }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    const paragraphs = installed.fake.document.paragraphs;
    const at = paragraphs.findIndex((p) => p.text.startsWith('This report sets out'));
    installed.fake.document.selection = {
      start: { paragraph: at, offset: 3 },
      end: { paragraph: at, offset: 3 },
    };
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    // The change was made (the region and its record are in the report): a warning, not an error,
    // naming the region as the list does and saying how to put it right.
    const bar = await messageBar(
      /^Inserted Recorded crime by category, year on year at the cursor\. Word did not write “Table \d+: Recorded crime by category/,
    );
    expect(bar.textContent).toMatch(
      /refresh it and overwrite, or press Undo \(Ctrl\+Z\) until it is gone\.$/,
    );
    expect(bar.closest('[data-intent]')?.getAttribute('data-intent')).toBe('warning');
    expect(document.querySelector('[data-intent="error"]')).toBeNull();
    const list = await screen.findByRole('list', { name: 'Live regions' });
    expect(within(list).getByText('Changed by hand')).toBeTruthy();
    expect(screen.queryByText(/This report has no live regions yet/)).toBeNull();
  });
});
