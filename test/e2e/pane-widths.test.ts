/**
 * The task pane at the widths Word really opens it: 320 and 350 CSS px. In every view state —
 * the Template view before and after a check (and its result out of date), the Data view with a table and a chart preview, the
 * live-region list, a partner's workbook with its sheet and cells, previews and Refresh from file, the question asked before overwriting a region changed by hand, What changed,
 * the Consultation view with a response form open, the consultation window and the partner
 * directory — nothing may stick out past the pane's edges, need a sideways scroll or be cut off.
 *
 * Runs the production build in Chromium (the workspace page, whose pane is the real task pane
 * over a .docx; `?pane=320` sets its width), 320 px in the light theme and 350 px in the dark, with
 * axe-core in every state (no serious or critical violation). Screenshots of each state go to
 * test-output/screenshots/pane-320-*.png (light) and pane-350-*.png (dark) for people to look at. Nothing may be written to the
 * browser console on the way (a failed request, a CSP violation, an uncaught error).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { buildOnce, ROOT } from './support/build';
import { watchConsole } from './support/console';
import { paneFit, type PaneFit } from './support/pane-fit';
import { importPoliceCsv, policeCsvFiles } from './support/police-csv';
import { serveFolder, type StaticServer } from './support/static-server';

const OUTPUT = join(ROOT, 'test-output');
const SCREENSHOTS = join(OUTPUT, 'screenshots');
const WORK = join(OUTPUT, 'pane-widths');
const PREVIEW = 'section[aria-label="Document preview"]';
/** Comments from eleven partners, with long organisation names (test/fixtures/consultation). */
const MANY_PARTNERS = join(ROOT, 'test', 'fixtures', 'consultation', 'multi-partner.docx');
/** A fire service's workbook (LibreOffice-made) and the same file a year later (test/fixtures/spreadsheets). */
const FIRES = join(ROOT, 'test', 'fixtures', 'spreadsheets', 'fires.xlsx');
const FIRES_V2 = join(ROOT, 'test', 'fixtures', 'spreadsheets', 'fires-v2.xlsx');
const PASSWORD_PROTECTED = join(ROOT, 'test', 'fixtures', 'spreadsheets', 'password.xlsx');
/** A ward table saved as CSV: not police.uk street-level data (test/fixtures/csv). */
const NOT_POLICE_CSV = join(ROOT, 'test', 'fixtures', 'csv', 'ward-incidents.csv');
/** Another council's layout without an Executive Summary (test/fixtures/reports). */
const NO_SUMMARY = join(ROOT, 'test', 'fixtures', 'reports', 'other-council-no-summary-fields-table.docx');
/** Another council's layout without recommendations, nor summary or timetable (test/fixtures/reports). */
const NO_RECOMMENDATIONS = join(
  ROOT,
  'test',
  'fixtures',
  'reports',
  'other-council-no-recommendations-label-value.docx',
);

let server: StaticServer;
let browser: Browser;
/** A report built by the command line from 24 months of police.uk files, one table changed by hand. */
let editedReport: string;
let csvNewer: string[];

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'council-report.js'), ...args],
      { cwd: ROOT },
      (error, _o, err) => (error ? reject(new Error(`council-report ${args[0]} failed: ${err}`)) : resolve()),
    );
  });
}

/** Changes the first figure inside a live region's content control, as an officer typing over it would. */
function editRegionByHand(file: string, regionId: string): void {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = strFromU8(files['word/document.xml']!);
  const start = xml.indexOf(`cr:live:${regionId}"`);
  if (start < 0) throw new Error(`No live region ${regionId} in ${file}`);
  // A figure in the region's table, not the caption's number (a field Word recalculates).
  const figure = /<w:t(?: [^>]*)?>(\d[\d,]*)<\/w:t>/g;
  figure.lastIndex = xml.indexOf('<w:tbl>', start);
  const match = figure.exec(xml);
  if (!match) throw new Error(`No figure in the live region ${regionId}`);
  const changed = match[0].replace(match[1]!, `${match[1]!}0`);
  files['word/document.xml'] = strToU8(
    xml.slice(0, match.index) + changed + xml.slice(match.index + match[0].length),
  );
  writeFileSync(file, zipSync(files));
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(WORK, { recursive: true });
  const older = policeCsvFiles(join(WORK, 'csv-24'), 24);
  csvNewer = policeCsvFiles(join(WORK, 'csv-25'), 25);
  editedReport = join(WORK, 'report-with-an-edited-table.docx');
  await run(['build', '--source', ...older, '--out', editedReport]);
  editRegionByHand(editedReport, 'crime-by-category-yoy');
  const dist = await buildOnce();
  server = await serveFolder(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows the whole pane (the viewport as tall as its content) and saves it as a PNG. */
async function screenshotPane(page: Page, name: string): Promise<void> {
  const pane = page.getByTestId('task-pane');
  const height = await pane.evaluate((e) => e.scrollHeight);
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: before.width, height: Math.min(height + 200, 8000) });
  const box = (await pane.boundingBox())!;
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(height, box.height) },
  });
  await page.setViewportSize(before);
}

async function choose(page: Page, combobox: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

/** 320 px in the light theme, 350 px in the dark: every state is seen in both themes. */
const themeAt = (width: number) => (width === 320 ? 'light' : 'dark');

async function openPage(width: number, file?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchConsole(page);
  await page.goto(`${server.origin}/workspace.html?theme=${themeAt(width)}&pane=${width}`);
  await page.locator(`${PREVIEW} article`).waitFor();
  if (file) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open a .docx…' }).click(),
    ]);
    await chooser.setFiles(file);
    await page.getByTestId('document-state').getByText(basename(file)).waitFor();
  }
  return { page, problems };
}

for (const width of [320, 350]) {
  describe(`the task pane ${width} px wide (${themeAt(width)} theme)`, () => {
    /** What stuck out, state by state; one assertion at the end lists them all. */
    const states: Record<string, PaneFit> = {};
    /** Serious or critical axe-core violations, state by state. */
    const inaccessible: Record<string, string[]> = {};

    async function look(page: Page, state: string): Promise<void> {
      // Fluent's buttons and bars fade in: measure what people see once it settles.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      states[state] = await paneFit(page);
      // The report preview beside the pane is the workspace test's to check (workspace.test.ts).
      const { serious } = await axeViolations(page, { exclude: [PREVIEW] });
      if (serious.length > 0) inaccessible[state] = serious.map((v) => `${v.id}: ${v.targets.join(' ')}`);
      await screenshotPane(page, `pane-${width}-${state}`);
    }

    afterAll(() => {
      const lines = Object.entries(states).map(
        ([state, fit]) =>
          `pane ${width}px ${state}: measured ${fit.width}px, ${fit.outside.length} outside, ${fit.clipped.length} clipped`,
      );
      console.log(lines.join('\n'));
    });

    it('Template view: before a check, after a check, after inserting a section', async () => {
      const { page, problems } = await openPage(width);
      await look(page, 'template');
      await page.getByRole('button', { name: 'Check report', exact: true }).click();
      await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
      await look(page, 'template-checked');
      // Final check turned on after the check: the result is marked out of date.
      const final = page.getByRole('switch', { name: /Final check before committee/ });
      await final.click();
      await page.getByText('Result out of date').waitFor();
      await look(page, 'template-stale');
      await final.click();
      await page.getByText('Result out of date').waitFor({ state: 'detached' });
      await page
        .getByRole('button', { name: /^Insert missing section/ })
        .first()
        .click();
      await page
        .getByText(/Added the .* section/)
        .first()
        .waitFor();
      await look(page, 'template-section-added');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Template view: a missing Executive Summary inserted after the header fields', async () => {
      const { page, problems } = await openPage(width, NO_SUMMARY);
      await page.getByRole('button', { name: 'Check report', exact: true }).click();
      await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Insert missing section Executive Summary' }).click();
      await page
        .getByText(/^Added the Executive Summary after the header fields/)
        .first()
        .waitFor();
      await look(page, 'template-summary-added');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Template view: missing recommendations inserted from the keyboard, and the result announced', async () => {
      const { page, problems } = await openPage(width, NO_RECOMMENDATIONS);
      await page.getByRole('button', { name: 'Check report', exact: true }).click();
      await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
      const insert = page.getByRole('button', { name: 'Insert missing recommendations', exact: true });
      await insert.waitFor();
      await look(page, 'template-recommendations-missing');
      if (width === 350) await screenshotPane(page, 'pane-350-template-recommendations-missing');
      // Reached with Tab from the Check report button, and pressed with Enter.
      await page.getByRole('button', { name: 'Check report', exact: true }).focus();
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await insert.evaluate((e) => e === document.activeElement);
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      const done = /^Added the recommendations: the template's opening line and a numbered placeholder/;
      await page.getByText(done).first().waitFor();
      await page.getByTestId('announcer').getByText(done).waitFor();
      // Found by the check: the button is gone, and the placeholder is what is left to do.
      expect(await insert.count()).toBe(0);
      await look(page, 'template-recommendations-added');
      if (width === 350) await screenshotPane(page, 'pane-350-template-recommendations-added');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Data view: a chart preview, a table preview, the live regions, a CSV import', async () => {
      const { page, problems } = await openPage(width);
      await page.getByRole('tab', { name: 'Data' }).click();
      await page.getByRole('button', { name: 'Preview', exact: true }).waitFor();
      await look(page, 'data');
      await choose(page, 'Element', 'Chart: recorded crime by type, year on year');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] img').waitFor();
      await look(page, 'data-chart-preview');
      await choose(page, 'Element', 'Chart: recorded crime by month with control limits');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] img[alt^="Control chart"]').waitFor();
      await look(page, 'data-spc-preview');
      await choose(page, 'Element', 'Recorded crime by category, year on year');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] table').waitFor();
      await look(page, 'data-table-preview');
      // No paragraph chosen in the preview: the button and the line under it say where it goes.
      await page.getByRole('button', { name: 'Insert at the end' }).click();
      await page.locator(`${PREVIEW} [data-live-region]`).first().waitFor();
      await page.getByRole('list', { name: 'Live regions' }).waitFor();
      await look(page, 'data-regions');
      await page.getByRole('radio', { name: 'police.uk CSV files' }).check();
      await look(page, 'data-csv-picker');
      await page.getByRole('radio', { name: 'police.uk API' }).check();
      await look(page, 'data-police-api');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Data view: a workbook chosen, its sheet and cells, a table and a chart preview, inserted, refreshed from file', async () => {
      const { page, problems } = await openPage(width);
      await page.getByRole('tab', { name: 'Data' }).click();
      await page.getByRole('button', { name: 'Preview', exact: true }).waitFor();
      await page.getByRole('radio', { name: 'Spreadsheet (.xlsx, .ods)' }).check();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a workbook…' }).click(),
      ]);
      await chooser.setFiles(FIRES);
      await page.getByText('Chosen: fires.xlsx').waitFor();
      await look(page, 'data-workbook-chosen');
      await page.getByRole('button', { name: 'Open workbook' }).click();
      await page.getByRole('combobox', { name: 'Cells' }).waitFor();
      await look(page, 'data-workbook-picker');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] table').waitFor();
      await look(page, 'data-workbook-table-preview');
      // A six-column workbook table narrows to the pane, but no figure is split over two lines
      // ("1,3" / "02" would misread), and no ward's name is broken inside a word.
      const broken = await page.evaluate(() => {
        const lines = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const table = document.querySelector('section[aria-label="Preview"] table')!;
        const figures = [...table.querySelectorAll('td.figure')].filter((td) => lines(td) > 1);
        const names = [...table.querySelectorAll('tbody th')].filter(
          (th) => lines(th) > (th.textContent ?? '').trim().split(/\s+/).length,
        );
        return [...figures, ...names].map((cell) => cell.textContent);
      });
      expect(broken).toEqual([]);
      await page.getByRole('button', { name: 'Insert at the end' }).click();
      await page.locator(`${PREVIEW} [data-live-region]`).first().waitFor();
      await page.getByRole('button', { name: 'Refresh from file…' }).waitFor();
      await look(page, 'data-workbook-inserted');
      await choose(page, 'Element', /Chart from a spreadsheet/);
      // The whole sheet by default: the counts drawn, the change, percentage and date columns and
      // the total row left out, and the pane says so (and how to draw other columns).
      await page.getByRole('textbox', { name: /Columns to chart/ }).waitFor();
      await page.getByText('After “Figure N:”', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] img').waitFor();
      await page
        .getByText(
          'Not drawn: Change, Change % (not on the same scale as the columns drawn); Last incident (dates); ' +
            'the row Total (all wards) (a total would dwarf the rows it adds up). ' +
            'To draw other columns, name them under “Columns to chart”.',
        )
        .waitFor();
      expect(await page.locator('section[aria-label="Preview"] img').getAttribute('alt')).not.toMatch(
        /Last incident|Total/,
      );
      await look(page, 'data-workbook-chart-default');
      await choose(page, 'Cells', /Excel table FireTable/);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] img').waitFor();
      await look(page, 'data-workbook-chart-preview');
      // A year later: the fire service sends the same file name with new figures.
      const later = join(WORK, 'later');
      mkdirSync(later, { recursive: true });
      copyFileSync(FIRES_V2, join(later, 'fires.xlsx'));
      const [again] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Refresh from file…' }).click(),
      ]);
      await again.setFiles(join(later, 'fires.xlsx'));
      await page.getByRole('heading', { name: 'What changed', exact: true }).waitFor();
      await page.getByTestId('task-pane').getByRole('cell', { name: '1,330' }).first().waitFor();
      await look(page, 'data-workbook-what-changed');
      // A workbook that cannot be opened: said so above the source, and fires.xlsx stays in use.
      const [bad] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a workbook…' }).click(),
      ]);
      await bad.setFiles(PASSWORD_PROTECTED);
      await page.getByRole('button', { name: 'Open workbook' }).click();
      await page.getByText('password.xlsx could not be loaded', { exact: true }).waitFor();
      await page.getByText(/^Using: fires\.xlsx/).waitFor();
      // The picker shows the workbook in use; the one refused is named only in the error bar.
      expect(await page.getByRole('radio', { name: 'Spreadsheet (.xlsx, .ods)' }).isChecked()).toBe(true);
      await page.getByText('Chosen: fires.xlsx', { exact: true }).waitFor();
      await look(page, 'data-workbook-unopened');
      // CSV files that are not police.uk data: said the same way, and fires.xlsx stays in use.
      await page.getByRole('radio', { name: 'police.uk CSV files' }).check();
      await page
        .getByLabel(/Street-level CSV files downloaded from police\.uk/)
        .setInputFiles(NOT_POLICE_CSV);
      await page.getByRole('button', { name: 'Import file' }).click();
      await page.getByText('ward-incidents.csv could not be loaded', { exact: true }).waitFor();
      await page.getByText(/^Using: fires\.xlsx/).waitFor();
      // The radio is back on the workbook in use, with keyboard focus (the Import button went with
      // the CSV panel): read as what is in use, it tells the truth.
      const inUse = page.getByRole('radio', { name: 'Spreadsheet (.xlsx, .ods)' });
      expect(await inUse.isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'police.uk CSV files' }).isChecked()).toBe(false);
      expect(await inUse.evaluate((radio) => radio === document.activeElement)).toBe(true);
      expect(await page.getByRole('button', { name: 'Import file' }).count()).toBe(0);
      await look(page, 'data-csv-not-loaded');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Data view: asked before overwriting a table changed by hand, then What changed', async () => {
      const { page, problems } = await openPage(width, editedReport);
      await page.getByRole('tab', { name: 'Data' }).click();
      await page.getByRole('list', { name: 'Live regions' }).waitFor();
      await look(page, 'data-region-edited');
      await importPoliceCsv(page, csvNewer);
      await page.getByRole('button', { name: /^Refresh all/ }).click();
      await page.getByRole('alertdialog', { name: 'Overwrite changes made by hand?' }).waitFor();
      await look(page, 'data-confirm-overwrite');
      await page.getByRole('button', { name: 'Overwrite my changes' }).click();
      await page.getByRole('heading', { name: 'What changed', exact: true }).waitFor();
      await look(page, 'data-what-changed');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Consultation view: the list, a response form, the consultation window, the partner directory', async () => {
      const { page, problems } = await openPage(width);
      await page.getByRole('tab', { name: 'Consultation' }).click();
      const comments = page.locator('ul[aria-label="Comments"] > li');
      await comments.first().waitFor();
      await look(page, 'consultation');
      const first = comments.first();
      await first.getByRole('button', { name: 'Respond' }).click();
      // Nothing is chosen for the officer: Save says so at the choice and records nothing.
      await first.getByRole('button', { name: 'Save response' }).click();
      await first.getByText(/^Choose a disposition before saving/).waitFor();
      await look(page, 'consultation-respond-unchosen');
      await first.getByRole('radio', { name: 'Noted', exact: true }).check();
      await look(page, 'consultation-respond');
      await first
        .getByRole('textbox', { name: 'Response to the partner' })
        .fill('Thank you; noted for next year.');
      await first.getByRole('button', { name: 'Save response' }).click();
      await page.getByText(/^Response recorded for/).waitFor();
      await look(page, 'consultation-responded');
      await page.getByRole('button', { name: 'Consultation window' }).click();
      await page.getByRole('button', { name: 'Partner directory' }).click();
      await page.getByRole('textbox', { name: 'Name' }).first().waitFor();
      await look(page, 'consultation-directory');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Consultation view: eleven partners with long names, one of them unassigned', async () => {
      const { page, problems } = await openPage(width, MANY_PARTNERS);
      await page.getByRole('tab', { name: 'Consultation' }).click();
      const comments = page.locator('ul[aria-label="Comments"] > li');
      await comments.first().waitFor();
      expect(await comments.count()).toBe(14);
      const longName = comments.filter({ hasText: 'Office of the Police and Crime Commissioner' }).first();
      await longName.getByRole('button', { name: 'Respond' }).click();
      await look(page, 'consultation-many-partners');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('nothing sticks out, scrolls sideways or is cut off in any of those states', () => {
      expect(Object.keys(states).length).toBeGreaterThanOrEqual(20);
      for (const fit of Object.values(states)) expect(fit.width).toBe(width);
      const problems = Object.fromEntries(
        Object.entries(states)
          .filter(([, fit]) => fit.outside.length + fit.clipped.length > 0)
          .map(([state, fit]) => [state, { outside: fit.outside, clipped: fit.clipped }]),
      );
      expect(problems).toEqual({});
    });

    it(`has no serious or critical axe-core violation in any of those states (${themeAt(width)} theme)`, () => {
      expect(Object.keys(states).length).toBeGreaterThanOrEqual(20);
      expect(inaccessible).toEqual({});
    });
  });
}
