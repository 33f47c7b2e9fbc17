/**
 * End to end in a real browser: the production build served on loopback, Debian's Chromium
 * driven by playwright-core, the workspace page running the task pane over the bundled sample
 * report. What the page shows is compared with what the command line says about the same bytes
 * (the file the page downloads), so the two faces of one core must agree.
 *
 * Screenshots of each view go to test-output/screenshots/ (git-ignored) for people to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDocx } from '../../src/docx/read/read-docx';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { watchConsole } from './support/console';
import { buildOnce, ROOT } from './support/build';
import { importPoliceCsv, policeCsvFiles } from './support/police-csv';
import { serveFolder, type StaticServer } from './support/static-server';

const OUTPUT = join(ROOT, 'test-output');
const SCREENSHOTS = join(OUTPUT, 'screenshots');
const DOWNLOADS = join(OUTPUT, 'e2e-downloads');
const SAMPLE = join(ROOT, 'src', 'workspace', 'sample', 'strategic-assessment-sample.docx');
const COMPLETE = join(ROOT, 'test', 'fixtures', 'reports', 'strategic-assessment-complete.docx');

interface CliFinding {
  rule: string;
  severity: string;
  message: string;
  paragraph: number | null;
}
interface CliReport {
  complete: boolean;
  sections: { id: string; status: string }[];
  findings: CliFinding[];
  comments: { total: number; unresolved: number };
}

/** `council-report check FILE --json` as a child process (exit 1 just means errors were found). */
function cliCheck(file: string): Promise<CliReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'council-report.js'), 'check', file, '--json'],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        if (error && error.code !== 1) {
          reject(new Error(`council-report failed (${String(error.code)}): ${stderr}`));
          return;
        }
        resolve((JSON.parse(stdout) as CliReport[])[0]!);
      },
    );
  });
}

interface CliComments {
  comments: {
    author: string;
    anchor: string;
    disposition: string;
    resolved: boolean;
    replies: { text: string }[];
  }[];
}

/** `council-report comments FILE --json`. */
function cliComments(file: string): Promise<CliComments> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'council-report.js'), 'comments', file, '--json'],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`council-report comments failed: ${stderr}`));
        else
          resolve(
            (JSON.parse(stdout) as CliComments[] | CliComments) instanceof Array
              ? (JSON.parse(stdout) as CliComments[])[0]!
              : (JSON.parse(stdout) as CliComments),
          );
      },
    );
  });
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every URL the page asked for, to show nothing left the machine. */
const requested: string[] = [];

const previewSelector = 'section[aria-label="Document preview"]';
const findingItems = '[aria-label="Checklist by section"] > li ul > li';

/** The findings the pane lists, as their text (severity, message, excerpt). */
function uiFindings(p: Page): Promise<string[]> {
  return p.$$eval(findingItems, (items) => items.map((item) => item.textContent ?? ''));
}

async function checkInPane(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Check report', exact: true }).click();
  await p.getByRole('heading', { name: 'Result', exact: true }).waitFor();
}

function expectSameFindings(ui: string[], cli: CliFinding[]): void {
  expect(ui).toHaveLength(cli.length);
  for (const finding of cli) expect(ui.some((text) => text.includes(finding.message))).toBe(true);
}

async function screenshot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Presses Tab until the focused element's name matches; fails if it never does (not keyboard reachable). */
async function tabTo(p: Page, name: RegExp, maxPresses = 150): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return '';
      return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (name.test(focused)) return;
    seen.push(focused);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.slice(0, 40).join(' | ')}`);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(DOWNLOADS, { recursive: true });
  const dist = await buildOnce();
  server = await serveFolder(dist);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the workspace in Chromium, on the sample report', () => {
  let sample: CliReport;
  let afterInsert: string[] = [];

  beforeAll(async () => {
    sample = await cliCheck(SAMPLE);
  });

  it('opens the sample report, labelled as the workspace and not Word, with a readable preview', async () => {
    await page.goto(`${server.origin}/workspace.html?theme=light`);
    await page.getByTestId('workspace-label').waitFor();
    expect(await page.getByTestId('workspace-label').textContent()).toBe('Workspace — not Word');
    await page.locator(`${previewSelector} article`).waitFor();
    expect(await page.getByTestId('document-state').textContent()).toMatch(
      /“Strategic Assessment 2026-27 \(sample\)\.docx” is open in the workspace \(not Word\)/,
    );
    const preview = page.locator(previewSelector);
    // Headings, numbered paragraphs, tables, a picture placeholder and the partners' comments.
    expect(await preview.getByText('1 INTRODUCTION AND BACKGROUND', { exact: true }).count()).toBe(1);
    expect(await preview.getByText(/^1\.4\tTotal recorded crime/).count()).toBe(1);
    expect(await preview.locator('table').count()).toBeGreaterThanOrEqual(3);
    expect(await preview.getByRole('img', { name: /Picture .*with no alternative text/ }).count()).toBe(1);
    expect(await preview.getByText('No alternative text', { exact: true }).count()).toBe(1);
    const markers = await preview.locator('[data-comment-id]').allTextContents();
    expect(markers).toHaveLength(sample.comments.total);
    expect(markers.join('\n')).toContain('Comment by Kent Fire and Rescue Service');
    await screenshot(page, 'workspace-template-light');
  });

  it('checks the report and lists exactly the findings the command line finds in the same file', async () => {
    await checkInPane(page);
    const ui = await uiFindings(page);
    expect(sample.findings.length).toBeGreaterThan(10);
    expectSameFindings(ui, sample.findings);
    await screenshot(page, 'workspace-template-checked-light');
  });

  it('selecting a finding scrolls the preview to its paragraph and highlights it', async () => {
    const duplicate = sample.findings.find((f) => f.rule === 'numbering-duplicate')!;
    const id = `cr-preview-p${duplicate.paragraph! - 1}`; // the CLI counts from 1
    const inView = (elementId: string) =>
      page.evaluate(
        ({ elementId, selector }) => {
          const element = document.getElementById(elementId);
          const box = document.querySelector(selector);
          if (!element || !box) return false;
          const a = element.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          return a.top >= b.top && a.bottom <= b.bottom;
        },
        { elementId, selector: previewSelector },
      );
    expect(await inView(id)).toBe(false);
    await page.locator(findingItems).filter({ hasText: duplicate.message }).getByRole('button').click();
    await page.waitForFunction(
      ({ elementId, selector }) => {
        const element = document.getElementById(elementId);
        const box = document.querySelector(selector);
        if (!element || !box || !element.hasAttribute('data-selected')) return false;
        const a = element.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return a.top >= b.top && a.bottom <= b.bottom;
      },
      { elementId: id, selector: previewSelector },
    );
    expect(await page.locator('[data-selected]').count()).toBe(1);
    expect(await page.locator(`#${id}`).textContent()).toContain('1.4');
  });

  it('inserts the missing Risk section: the preview shows it and the check finds the section', async () => {
    expect(sample.sections.find((s) => s.id === 'risk')?.status).toBe('missing');
    await page.getByRole('button', { name: 'Insert missing section 4. Risk' }).click();
    await page
      .getByText(/Added the Risk section/)
      .first()
      .waitFor(); // the notice (and the announcer)
    await page.locator(previewSelector).getByText('4 RISK', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Insert missing section/ }).count()).toBe(0);
    afterInsert = await uiFindings(page);
    expect(afterInsert.some((t) => t.includes('Risk'))).toBe(false);
    const missing = sample.findings.find((f) => f.rule === 'section-missing')!;
    expect(afterInsert.some((t) => t.includes(missing.message))).toBe(false);
    await screenshot(page, 'workspace-after-insert-light');
  });

  it('downloads the changed .docx, and the command line finds in it exactly what the pane shows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .docx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Strategic Assessment 2026-27 (sample) (edited).docx');
    const file = join(DOWNLOADS, 'sample-edited.docx');
    await download.saveAs(file);
    const changed = await cliCheck(file);
    expect(changed.sections.find((s) => s.id === 'risk')?.status).not.toBe('missing');
    expectSameFindings(afterInsert, changed.findings);
  });

  it('protects the section headings and removes the protection again', async () => {
    await page.getByRole('button', { name: 'Protect section headings' }).click();
    await page
      .getByText(/Protected 9 section headings/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Remove protection' }).click();
    await page
      .getByText(/Removed the protection from 9 section headings/)
      .first()
      .waitFor();
  });

  it('sent nothing anywhere: every request stayed on this site', () => {
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter((url) => !url.startsWith(server.origin) && !url.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    expect(server.requests.filter((p) => p.endsWith('.docx'))).toHaveLength(1); // the sample, fetched
  });
});

describe('opening a local file', () => {
  it('opens a .docx chosen with the file picker and checks it', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open a .docx…' }).click(),
    ]);
    await chooser.setFiles(COMPLETE);
    await page
      .getByTestId('document-state')
      .getByText(/strategic-assessment-complete\.docx/)
      .waitFor();
    await checkInPane(page);
    await page
      .getByText('The report follows the template: every section is there and complete.')
      .first()
      .waitFor();
  });

  it('opens a file dropped on the page, and refuses a file that is not a .docx in plain words', async () => {
    const drop = async (name: string, bytes: number[]) => {
      const dataTransfer = await page.evaluateHandle(
        ({ name, bytes }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], name));
          return transfer;
        },
        { name, bytes },
      );
      await page.dispatchEvent(previewSelector, 'drop', { dataTransfer });
    };
    await drop('notes.txt', [104, 105]);
    await page.getByText('“notes.txt” is not a Word document (.docx).').waitFor();
    await drop('broken.docx', [1, 2, 3, 4]);
    await page.getByText(/Could not open “broken\.docx”/).waitFor();
    await drop('dropped.docx', [...readFileSync(SAMPLE)]);
    await page
      .getByTestId('document-state')
      .getByText(/“dropped\.docx” is open/)
      .waitFor();
  });
});

describe('keyboard only', () => {
  it('opens the sample, checks it, goes to a finding, inserts the missing section and downloads, with the keyboard alone', async () => {
    const keyboardPage = await context.newPage();
    await keyboardPage.goto(`${server.origin}/workspace.html?theme=light`);
    await keyboardPage.locator(`${previewSelector} article`).waitFor();
    await tabTo(keyboardPage, /^Check report$/);
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.getByRole('heading', { name: 'Result', exact: true }).waitFor();
    await tabTo(keyboardPage, /Paragraph number 1\.4 is used twice/);
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.locator('[data-selected]').waitFor();
    await tabTo(keyboardPage, /^Insert missing section 4\. Risk$/);
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage
      .getByText(/Added the Risk section/)
      .first()
      .waitFor();
    await keyboardPage.keyboard.press('Shift+Tab'); // focus may have gone with the button: start again from the top
    await keyboardPage.locator('body').focus();
    await tabTo(keyboardPage, /^Download \.docx$/);
    const [download] = await Promise.all([
      keyboardPage.waitForEvent('download'),
      keyboardPage.keyboard.press('Enter'),
    ]);
    const file = join(DOWNLOADS, 'keyboard-edited.docx');
    await download.saveAs(file);
    expect((await cliCheck(file)).sections.find((s) => s.id === 'risk')?.status).not.toBe('missing');
    await keyboardPage.close();
  });
});

describe('accessibility (axe-core): no serious or critical violations in any view, light and dark', () => {
  const results: Record<string, string[]> = {};

  afterAll(() => {
    // One line per view and theme in the test log: what axe found beyond serious/critical.
    console.log(
      Object.entries(results)
        .map(([view, ids]) => `axe ${view}: ${ids.length === 0 ? 'no violations' : ids.join(', ')}`)
        .join('\n'),
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`every view, ${theme} theme`, async () => {
      const axePage = await context.newPage();
      const problems = watchConsole(axePage);
      await axePage.goto(`${server.origin}/workspace.html?theme=${theme}`);
      await axePage.locator(`${previewSelector} article`).waitFor();
      const views: [string, () => Promise<void>][] = [
        ['template', async () => undefined],
        ['template-checked', () => checkInPane(axePage)],
        ['data', () => axePage.getByRole('tab', { name: 'Data' }).click()],
        ['consultation', () => axePage.getByRole('tab', { name: 'Consultation' }).click()],
      ];
      for (const [view, open] of views) {
        await open();
        await axePage.waitForLoadState('networkidle'); // a view's code loads on first use
        const { all, serious } = await axeViolations(axePage);
        results[`${view}-${theme}`] = all.map((v) => `${v.id} (${v.impact ?? 'n/a'})`);
        await screenshot(axePage, `workspace-${view}-${theme}`);
        expect({ view, theme, serious }).toEqual({ view, theme, serious: [] });
      }
      await axePage.close();
      // Nothing in the console either: no failed request, CSP violation or uncaught error.
      expect(problems).toEqual([]);
    });
  }
});

/** No serious or critical axe violation in the page as it is now. */
async function expectAccessible(p: Page, state: string): Promise<void> {
  const { serious } = await axeViolations(p);
  expect({ state, serious }).toEqual({ state, serious: [] });
}

/** A fresh page on the sample report (each flow starts from the file as bundled). */
async function samplePage(): Promise<Page> {
  const fresh = await context.newPage();
  await fresh.goto(`${server.origin}/workspace.html?theme=light`);
  await fresh.locator(`${previewSelector} article`).waitFor();
  return fresh;
}

async function downloadFrom(p: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Download .docx' }).click(),
  ]);
  const file = join(DOWNLOADS, name);
  await download.saveAs(file);
  return file;
}

async function chooseOption(p: Page, combobox: string, option: string | RegExp): Promise<void> {
  await p.getByRole('combobox', { name: combobox }).click();
  await p.getByRole('option', { name: option }).click();
}

/** Imports police.uk CSV files in the Data view; a screenshot shows where an import got stuck. */
async function importCsv(p: Page, files: string[]): Promise<void> {
  await importPoliceCsv(p, files).catch(async (error: unknown) => {
    await screenshot(p, 'csv-import-stuck');
    throw error;
  });
}

describe('Data view: live table and chart in the workspace', () => {
  it('inserts a live table and a chart, refreshes them with newer data and shows what changed; the file keeps them', async () => {
    const data = await samplePage();
    const pageErrors: string[] = [];
    data.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    data.on('pageerror', (error) => pageErrors.push(error.message));
    await data.getByRole('tab', { name: 'Data' }).click();
    // The chart from the bundled sample data.
    await chooseOption(data, 'Element', 'Chart: recorded crime by type, year on year');
    await data.getByRole('button', { name: 'Preview', exact: true }).click();
    // No paragraph chosen in the preview: the .docx has no cursor, so the button says where it goes.
    expect(await data.getByTestId('insertion-point').textContent()).toMatch(/goes at the end of the report/);
    await data.getByRole('button', { name: 'Insert at the end' }).click();
    await data
      .locator(`${previewSelector} [data-live-region]`)
      .first()
      .waitFor()
      .catch(async (error: unknown) => {
        const said = await data.locator('.fui-MessageBar').allTextContents();
        throw new Error(
          `The chart was not inserted; the pane says: ${said.join(' | ')}\n` +
            `page errors: ${pageErrors.join('\n')}\n${String(error)}`,
        );
      });
    // A table from police.uk files.
    await importCsv(data, policeCsvFiles(join(DOWNLOADS, 'csv-v1'), 24));
    await chooseOption(data, 'Element', 'Recorded crime by category, year on year');
    await data.getByRole('button', { name: 'Preview', exact: true }).click();
    // Clicking a paragraph in the preview puts the cursor there: the table goes after it.
    await data
      .locator(`${previewSelector} [data-paragraph]`)
      .filter({ hasText: 'Total recorded crime in the borough rose' })
      .click();
    expect(await data.getByTestId('insertion-point').textContent()).toMatch(
      /^It goes after “1\.4\s+Total recorded crime in the borough/,
    );
    await data.getByRole('button', { name: 'Insert at cursor' }).click();
    await data.waitForFunction(() => document.querySelectorAll('[data-live-region]').length === 2);
    await data
      .locator('.fui-MessageBarBody')
      .filter({ hasText: /^Inserted Recorded crime by category, year on year after “1\.4/ })
      .waitFor();
    // The preview outlines both regions: the table after 1.4, the chart (a picture with its alt
    // text) at the end.
    const regions = data.locator(`${previewSelector} [data-live-region]`);
    expect(
      await regions
        .nth(1)
        .getByRole('img', { name: /^Picture: .+/ })
        .count(),
    ).toBe(1);
    // ...drawn from the PNG the pane wrote into the document (a blob: URL, allowed by the page's CSP).
    await data.waitForFunction((selector) => {
      const image = document.querySelector(`${selector} [data-live-region] img`) as HTMLImageElement | null;
      return image !== null && image.complete && image.naturalWidth > 1000;
    }, previewSelector);
    expect(await regions.nth(0).locator('table').count()).toBe(1);
    await regions.nth(1).scrollIntoViewIfNeeded();
    await screenshot(data, 'workspace-data-inserted-light');
    await expectAccessible(data, 'data view with a preview and two live regions');

    // A month later police.uk has October 2025 too: the table follows the latest month on refresh.
    await importCsv(data, policeCsvFiles(join(DOWNLOADS, 'csv-v2'), 25));
    await data.getByRole('combobox', { name: 'Period ends' }).filter({ hasText: 'Oct 2025' }).waitFor();
    await data.getByRole('button', { name: /^Refresh .*Recorded crime by category/ }).click();
    await data.getByRole('heading', { name: 'What changed', exact: true }).waitFor();
    const changed = data.locator('section[aria-labelledby="cr-diff-heading"] table tbody tr');
    // The period moved on, and figures with it (October 2025 differs from October 2024).
    const rows = await changed.allTextContents();
    expect(rows.some((row) => row.startsWith('Period'))).toBe(true);
    expect(rows.filter((row) => !row.startsWith('Period')).length).toBeGreaterThan(0);
    await screenshot(data, 'workspace-data-refreshed-light');
    await expectAccessible(data, 'data view showing what changed');

    const file = await downloadFrom(data, 'live-edited.docx');
    const snapshot = readDocx(new Uint8Array(readFileSync(file)), 'live-edited.docx');
    const live = snapshot.contentControls.filter((c) => c.tag?.startsWith('cr:live:'));
    expect(live).toHaveLength(2);
    // The table went in after the paragraph clicked in the preview, the chart at the end.
    expect(snapshot.paragraphs[live[0]!.firstParagraph - 1]?.text).toMatch(/^1\.4\s+Total recorded crime/);
    expect(live[1]!.lastParagraph).toBe(snapshot.paragraphs.length - 1);
    expect(snapshot.pictures.some((p) => p.altText && p.altText.length > 20)).toBe(true);
    const checked = await cliCheck(file);
    expect(checked.findings.filter((f) => f.rule.startsWith('live-region-'))).toEqual([]);
    await data.close();
  });
});

describe('Consultation view in the workspace', () => {
  it("filters by partner, goes to a comment, records a disposition with a reply; the CLI's comments --json agrees", async () => {
    const consult = await samplePage();
    await consult.getByRole('tab', { name: 'Consultation' }).click();
    const comments = consult.locator('ul[aria-label="Comments"] > li');
    await comments.first().waitFor();
    const before = await cliComments(SAMPLE);
    expect(await comments.count()).toBe(before.comments.length);
    // A task pane is narrow: nothing in the view may stick out past its right edge (a wide table
    // scrolls inside its own focusable region instead).
    const overflowing = await consult.evaluate(() => {
      const pane = document.querySelector('[data-testid="task-pane"]')!;
      const right = pane.getBoundingClientRect().right;
      const scrollers = [...pane.querySelectorAll('[role="region"]')];
      return [...pane.querySelectorAll('*')]
        .filter((e) => !scrollers.some((s) => s !== e && s.contains(e)))
        .filter((e) => e.getBoundingClientRect().right > right + 1)
        .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').slice(0, 40)}`);
    });
    expect(overflowing).toEqual([]);

    await chooseOption(consult, 'Partner', /^Kent Police/);
    await consult.waitForFunction(
      () => document.querySelectorAll('ul[aria-label="Comments"] > li').length === 1,
    );
    const item = comments.first();
    await item.getByRole('button', { name: 'Go to text' }).click();
    const police = before.comments.find((c) => c.author === 'Kent Police')!;
    await consult
      .locator('[data-selected]')
      .filter({ hasText: police.anchor.slice(0, 40) })
      .waitFor();

    await item.getByRole('button', { name: 'Respond' }).click();
    await item.getByRole('radio', { name: 'Accepted', exact: true }).check();
    await item.getByRole('textbox', { name: 'Response to the partner' }).fill('Added to paragraph 5.1.');
    await expectAccessible(consult, 'consultation view, filtered, responding to a comment');
    await item.getByRole('button', { name: 'Save response' }).click();
    await consult.locator(`${previewSelector} [data-comment-id]`).filter({ hasText: '(1 reply)' }).waitFor();
    await screenshot(consult, 'workspace-consultation-responded-light');

    const after = await cliComments(await downloadFrom(consult, 'consultation-edited.docx'));
    const answered = after.comments.find((c) => c.author === 'Kent Police')!;
    expect(answered.disposition).toBe('accepted');
    expect(answered.replies).toHaveLength(1);
    expect(answered.replies[0]!.text).toContain('Added to paragraph 5.1.');
    expect(answered.resolved).toBe(true);
    // The others are untouched.
    expect(after.comments.filter((c) => c.author !== 'Kent Police').map((c) => c.disposition)).toEqual(
      before.comments.filter((c) => c.author !== 'Kent Police').map((c) => c.disposition),
    );
    await consult.close();
  });
});
