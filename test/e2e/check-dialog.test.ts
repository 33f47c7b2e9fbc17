/**
 * The "Check report" result dialog (check-result.html) at the widths Word gives it. Word sizes the
 * dialog as a share of the screen (30 % wide): on a 1,366 px laptop that is about 410 px, on a
 * narrow or zoomed window as little as a task pane. So, like the pane, it must fit 320 and 350 px:
 * nothing sticking out, nothing cut off, no serious axe-core violation, in each of its states
 * (a result with the button that opens the pane, the same when Word cannot open the pane, and an
 * error). Production build, Chromium, Office.js answered by a stand-in with the dialog API.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DialogNotice, resultDialogUrl } from '../../src/commands/result-dialog';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { buildOnce, ROOT } from './support/build';
import { watchConsole } from './support/console';
import { paneFit } from './support/pane-fit';
import { serveFolder, type StaticServer } from './support/static-server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/** Office.js for a dialog page: onReady answers, messageParent records, the parent can message. */
const DIALOG_OFFICE = `
window.__sent = [];
window.Office = {
  EventType: { DialogParentMessageReceived: 'dialogParentMessageReceived' },
  onReady(callback) { setTimeout(() => callback({ host: 'Word', platform: 'OfficeOnline' })); return Promise.resolve(); },
  context: {
    requirements: { isSetSupported: () => true },
    ui: {
      messageParent(message) { window.__sent.push(message); },
      addHandlerAsync(_event, handler) { window.__parentMessage = handler; },
    },
  },
};`;

const LONG_RESULT =
  'Strategic Assessment 2026-27 for Communities, Housing and Environment Committee: 5 errors, ' +
  '7 warnings — 8 of 12 sections complete. Cross-Cutting Issues and Implications is incomplete.';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(await buildOnce());
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDialog(width: number, params: Parameters<typeof resultDialogUrl>[1]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 420 } });
  const problems = watchConsole(page);
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: DIALOG_OFFICE }),
  );
  await page.goto(resultDialogUrl(`${server.origin}/taskpane.html`, params));
  await page.locator('#root h1').waitFor();
  expect(problems).toEqual([]);
  return page;
}

async function expectFits(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `dialog-${width}-${name}.png`), fullPage: true });
  const fit = await paneFit(page, 'body');
  expect({ outside: fit.outside, clipped: fit.clipped }).toEqual({ outside: [], clipped: [] });
  expect((await axeViolations(page)).serious).toEqual([]);
}

describe.each([320, 350])('the Check report dialog %i px wide', (width) => {
  it('a result: the summary in full and the button that opens the pane, which asks the command to', async () => {
    const page = await openDialog(width, { kind: 'result', text: LONG_RESULT, canOpenPane: true });
    expect(await page.locator('#root').textContent()).toContain(LONG_RESULT);
    await expectFits(page, 'result', width);
    await page.getByRole('button', { name: 'Open Report tools' }).click();
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([
      'open-taskpane',
    ]);
    await page.close();
  });

  it('Word cannot open the pane: the button gives way to where to find Report tools', async () => {
    const page = await openDialog(width, { kind: 'result', text: LONG_RESULT, canOpenPane: true });
    await page.evaluate(
      (message) =>
        (window as unknown as { __parentMessage: (arg: { message: string }) => void }).__parentMessage({
          message,
        }),
      DialogNotice.paneUnavailable,
    );
    expect(await page.getByRole('button', { name: 'Open Report tools' }).count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Report tools' }).textContent()).toMatch(
      /click Report tools on the Home tab/,
    );
    await expectFits(page, 'pane-unavailable', width);
    await page.close();
  });

  it('an error: the message and a way to close', async () => {
    const page = await openDialog(width, {
      kind: 'error',
      text: 'Word did not answer within 4 minutes 30 seconds: the report was not checked. Try Check report again, or open Report tools and check it there.',
      canOpenPane: false,
    });
    expect(await page.locator('#root').textContent()).toMatch(/did not answer/);
    await expectFits(page, 'error', width);
    await page.close();
  });
});
