/**
 * The screens only the Word host shows, seen in Chromium at Word's pane widths: the real task pane
 * (production React code, src/taskpane/index.tsx) over the fake Office.js (test/support/fake-word,
 * the load/sync model with its "Word desktop" and "Word on the web" profiles) holding a real .docx,
 * on the test-only page test/e2e/word-host (built once per run by buildWordPaneOnce; never part of
 * the production build).
 *
 * - Track Changes on in the report: the pane asks whether its writes are tracked changes
 *   (TrackChangesChoice, after a check and in the Data view); unticked, the table it inserts is
 *   not a tracked change and Word's tracking is back on after.
 * - The Template view's Word-only buttons: Protect section headings, then Remove protection.
 * - A live table Word did not write as sent (office-js #6752: the last row dropped): the change was
 *   made, so the read-back is a warning (not an error) saying what to do.
 * - Word on the web refusing the consultation reply (office-js #6720): "paste this text".
 *
 * 320 px in the light theme, 350 px in the dark (Office's body colour), as pane-widths.test.ts:
 * nothing sticks out, scrolls sideways or is cut off, no serious or critical axe-core violation,
 * nothing on the browser console. Screenshots: test-output/screenshots/word-pane-<width>-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { buildWordPaneOnce, ROOT } from './support/build';
import { watchConsole } from './support/console';
import { paneFit, type PaneFit } from './support/pane-fit';
import { serveFolder, type StaticServer } from './support/static-server';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
/** A Strategic Assessment with sections missing (test/fixtures/reports). */
const REPORT = join(ROOT, 'test', 'fixtures', 'reports', 'strategic-assessment-problems.docx');
/** Comments from eleven partners, with long organisation names (test/fixtures/consultation). */
const MANY_PARTNERS = join(ROOT, 'test', 'fixtures', 'consultation', 'multi-partner.docx');

let server: StaticServer;
let browser: Browser;
let trackedReport: Uint8Array;

/** The report with Word's Track Changes switched on (w:trackRevisions in its settings), as saved by Word. */
function withTrackChanges(file: string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const settings = strFromU8(files['word/settings.xml']!);
  if (settings.includes('<w:trackRevisions')) return zipSync(files);
  files['word/settings.xml'] = strToU8(settings.replace(/(<w:settings\b[^>]*>)/, '$1<w:trackRevisions/>'));
  return zipSync(files);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  trackedReport = withTrackChanges(REPORT);
  server = await serveFolder(await buildWordPaneOnce());
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const themeAt = (width: number) => (width === 320 ? 'light' : 'dark');

interface Opened {
  page: Page;
  problems: string[];
}

/**
 * The task pane in a window exactly the pane's width (Word's pane is a web view of its own), over
 * the fake Word holding `docx`.
 */
async function openPane(
  width: number,
  docx: Uint8Array,
  options: { profile: 'desktop' | 'web'; behaviours?: string[] },
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = watchConsole(page);
  await page.route(`${server.origin}/report.docx`, (route) =>
    route.fulfill({ status: 200, body: Buffer.from(docx), contentType: 'application/octet-stream' }),
  );
  const query = new URLSearchParams({
    docx: 'report.docx',
    profile: options.profile,
    behaviours: (options.behaviours ?? []).join(','),
    theme: themeAt(width),
  });
  await page.goto(`${server.origin}/word-pane.html?${query.toString()}`);
  await page.getByRole('tab', { name: 'Template' }).waitFor();
  return { page, problems };
}

/** The whole pane (the window as tall as the page) as a PNG. */
async function screenshot(page: Page, name: string): Promise<void> {
  const before = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: before.width, height: Math.min(height, 8000) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(before);
}

for (const width of [320, 350]) {
  describe(`the task pane in Word, ${width} px wide (${themeAt(width)} theme)`, () => {
    const states: Record<string, PaneFit & { sideways: boolean }> = {};
    const inaccessible: Record<string, string[]> = {};

    async function look(page: Page, state: string): Promise<void> {
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const fit = await paneFit(page, '#container');
      // The web view itself must not scroll sideways either.
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      states[state] = { ...fit, sideways };
      const { serious } = await axeViolations(page);
      if (serious.length > 0) inaccessible[state] = serious.map((v) => `${v.id}: ${v.targets.join(' ')}`);
      await screenshot(page, `word-pane-${width}-${state}`);
    }

    afterAll(() => {
      console.log(
        Object.entries(states)
          .map(
            ([state, fit]) =>
              `word pane ${width}px ${state}: ${fit.outside.length} outside, ${fit.clipped.length} clipped${fit.sideways ? ', scrolls sideways' : ''}`,
          )
          .join('\n'),
      );
    });

    it('Word desktop, Track Changes on: the choice after a check, Protect section headings and Remove protection, the choice in the Data view, a live table Word did not write as sent', async () => {
      const { page, problems } = await openPane(width, trackedReport, {
        profile: 'desktop',
        behaviours: ['ooxmlDropsTableRow'],
      });
      await page.getByRole('button', { name: 'Check report', exact: true }).click();
      await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
      const choice = page.getByRole('group', { name: 'Track Changes' });
      await choice.getByRole('checkbox', { name: 'Write them as tracked changes' }).waitFor();
      await look(page, 'template-track-changes');

      await page.getByRole('button', { name: 'Protect section headings' }).click();
      await page.getByRole('button', { name: 'Remove protection' }).waitFor();
      await look(page, 'template-protected');
      await page.getByRole('button', { name: 'Remove protection' }).click();
      await page.getByRole('button', { name: 'Remove protection' }).waitFor({ state: 'detached' });
      await look(page, 'template-unprotected');

      await page.getByRole('tab', { name: 'Data' }).click();
      await page.getByRole('button', { name: 'Preview', exact: true }).waitFor();
      await page.getByRole('checkbox', { name: 'Write them as tracked changes' }).waitFor();
      await look(page, 'data-track-changes');
      await page.getByRole('combobox', { name: 'Element' }).click();
      await page.getByRole('option', { name: 'Recorded crime by category, year on year' }).click();
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.locator('section[aria-label="Preview"] table').waitFor();
      // The officer unticks the choice: the table goes in untracked, and tracking is back on after.
      await page.getByRole('checkbox', { name: 'Write them as tracked changes' }).uncheck();
      const trackedBefore = await page.evaluate(() => window.fakeWord!.document.trackedWrites ?? []);
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      // Word made the change but not exactly as sent: a warning saying what to do, not an error.
      const readBack = page
        .locator('.fui-MessageBar')
        .filter({ hasText: /^Inserted .* Word did not write “Table \d+: Recorded crime by category/ });
      await readBack.waitFor();
      expect(await readBack.getAttribute('data-intent')).toBe('warning');
      expect(await page.locator('.fui-MessageBar[data-intent="error"]').count()).toBe(0);
      // Word made the rest of the change: the list shows the region, to check and refresh.
      await page.getByRole('list', { name: 'Live regions' }).waitFor();
      const word = await page.evaluate(() => ({
        tracked: window.fakeWord!.document.trackedWrites ?? [],
        mode: window.fakeWord!.document.changeTrackingMode,
      }));
      expect(word).toEqual({ tracked: trackedBefore, mode: 'TrackAll' });
      await look(page, 'data-region-not-as-written');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('Word on the web refuses the reply: the response is recorded and the reply is given to paste', async () => {
      const { page, problems } = await openPane(width, new Uint8Array(readFileSync(MANY_PARTNERS)), {
        profile: 'web',
      });
      await page.getByRole('tab', { name: 'Consultation' }).click();
      const first = page.locator('ul[aria-label="Comments"] > li').first();
      await first.waitFor();
      await first.getByRole('button', { name: 'Respond' }).click();
      await first.getByRole('radio', { name: 'Noted', exact: true }).check();
      await first
        .getByRole('textbox', { name: 'Response to the partner' })
        .fill('Thank you; noted for next year.');
      await first.getByRole('button', { name: 'Save response' }).click();
      await page.getByText(/Word did not post the reply in the comment thread/).waitFor();
      await look(page, 'consultation-reply-refused');
      // The reply to paste on its own; one click selects all of it.
      const reply = page.getByTestId('reply-to-paste');
      expect(await reply.textContent()).toBe('Noted. Thank you; noted for next year.');
      await reply.click();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
        'Noted. Thank you; noted for next year.',
      );
      await page.close();
      expect(problems).toEqual([]);
    });

    it('nothing sticks out, scrolls sideways or is cut off in any of those states', () => {
      expect(Object.keys(states).length).toBe(6);
      const wrong = Object.fromEntries(
        Object.entries(states)
          .filter(
            ([, fit]) => fit.width !== width || fit.sideways || fit.outside.length + fit.clipped.length > 0,
          )
          .map(([state, fit]) => [state, fit]),
      );
      expect(wrong).toEqual({});
    });

    it(`has no serious or critical axe-core violation in any of those states (${themeAt(width)} theme)`, () => {
      expect(Object.keys(states).length).toBe(6);
      expect(inaccessible).toEqual({});
    });
  });
}
