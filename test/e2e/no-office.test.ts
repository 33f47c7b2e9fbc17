/**
 * taskpane.html is never a blank page. Opened where Office.js cannot load (blocked, offline), where
 * it never answers, or in a plain browser (Office answers, the host is not Word), the pane says so
 * in plain words and links to the workspace, which works without Word. Production build, Chromium,
 * a 320 px wide window like Word's narrowest pane.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { join } from 'node:path';
import { buildOnce, ROOT } from './support/build';
import { watchConsole } from './support/console';
import { paneFit } from './support/pane-fit';
import { serveFolder, type StaticServer } from './support/static-server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(await buildOnce());
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The task pane page with Office.js answered by `office` (a script), or blocked when null. */
async function openTaskPane(office: string | null): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  const problems = watchConsole(page);
  await page.route(OFFICE_JS, (route) =>
    office === null
      ? route.abort('blockedbyclient')
      : route.fulfill({ status: 200, contentType: 'text/javascript', body: office }),
  );
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, problems };
}

async function noteText(page: Page): Promise<string> {
  const note = page.getByTestId('outside-word-note');
  await note.waitFor({ timeout: 15_000 });
  return (await note.textContent()) ?? '';
}

describe('the task pane without Word', () => {
  it('says plainly that Word could not be reached when Office.js is blocked, and the link opens the workspace', async () => {
    const { page, problems } = await openTaskPane(null);
    expect(await noteText(page)).toBe(
      'Word could not be reached' +
        'Council Report’s task pane works inside Word. Without Word, use the Council Report workspace to check a .docx and work on it in this browser.',
    );
    expect(await page.getByTestId('document-state').textContent()).toMatch(
      /^Word’s add-in library \(Office\.js\) did not load/,
    );
    // The rest of the pane is there too (the views say what they do), and it fits 320 px.
    expect(await page.getByRole('tab').count()).toBe(3);
    const fit = await paneFit(page, '#container');
    expect({ outside: fit.outside, clipped: fit.clipped }).toEqual({ outside: [], clipped: [] });
    await page.screenshot({ path: join(ROOT, 'test-output', 'screenshots', 'pane-320-no-office.png') });
    // The only complaint in the console is the blocked script itself.
    expect(problems.filter((p) => !p.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Council Report workspace' }).click();
    await page.getByTestId('workspace-label').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workspace.html');
    await page.close();
  });

  it('says so when Office.js loads but never answers (after a few seconds, not never)', async () => {
    const started = Date.now();
    const { page, problems } = await openTaskPane(
      'window.Office = { onReady: function () { return new Promise(function () {}); }, context: {} };',
    );
    expect(await noteText(page)).toMatch(/^Word could not be reached/);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(4000);
    expect(waited).toBeLessThan(15_000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says the page is not open in Word when Office answers from a plain browser', async () => {
    const { page, problems } = await openTaskPane(
      'window.Office = { HostType: { Word: "Word" }, context: {}, onReady: function (cb) {' +
        ' var info = { host: null, platform: null }; setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); } };',
    );
    expect(await noteText(page)).toMatch(/^This page is not open in Word/);
    expect(await page.getByTestId('document-state').textContent()).toBe(
      'Not connected to Word. Open Council Report from Word: Home tab, Report tools.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
