/**
 * The built pages in Chromium under their Content-Security-Policy: every page is loaded from a
 * loopback server that also sends the policy as a header (as a production web server should), the
 * workspace draws a chart (Vega) and a table preview, and every `securitypolicyviolation` event
 * and page error is collected. Office.js cannot load offline: its URL is answered with a stub.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const csp = require('../../scripts/csp.js') as {
  contentSecurityPolicy(options?: { development?: boolean; charts?: boolean }): string;
  vegaInterpreterInstalled(): boolean;
  CHART_PAGES: string[];
};
export { csp };

/** The production policy of a built page, as the web server should send it (and the page's meta holds). */
export function policyFor(path: string): string {
  const page = path.replace(/^\//, '').replace(/\.html$/, '');
  return csp.contentSecurityPolicy({ charts: csp.CHART_PAGES.includes(page) });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.docx': 'application/octet-stream',
};

export async function serveWithPolicy(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': policyFor(path),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface PageReport {
  violations: string[];
  errors: string[];
}

/** A stub Office.js whose onReady never resolves: pages load offline and wait, as outside Office. */
const OFFICE_JS_WAITING =
  'window.Office = { onReady: function () { return new Promise(function () {}); }, context: {}, actions: { associate: function () {} } };';

/**
 * A stand-in Office.js that resolves onReady as Office.js does outside an Office host (host and
 * platform null), served from Microsoft's CDN origin, the one the policy's script-src allows. It
 * loads its second script from the same origin, as the real one loads its host-specific files.
 */
export const OFFICE_JS_STAND_IN = [
  "var s = document.createElement('script');",
  "s.src = 'https://appsforoffice.microsoft.com/lib/1/hosted/office-strings.js';",
  'document.head.appendChild(s);',
  'window.Office = {',
  '  HostType: { Word: "Word" }, PlatformType: {}, DocumentMode: { ReadOnly: "readOnly" },',
  '  context: { requirements: { isSetSupported: function () { return false; } } },',
  '  actions: { associate: function () {} },',
  '  onReady: function (callback) {',
  '    var info = { host: null, platform: null };',
  '    window.__officeReady = true;',
  '    if (callback) callback(info);',
  '    return Promise.resolve(info);',
  '  }',
  '};',
].join('\n');

/** Opens a page that records CSP violations and errors from its first script on. */
export async function openRecorded(
  browser: Browser,
  url: string,
  officeJs: string = OFFICE_JS_WAITING,
): Promise<{ page: Page; report: PageReport }> {
  const context = await browser.newContext();
  // Office.js from Microsoft's CDN: a stub, so pages load offline (it is allowed by script-src).
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: route.request().url().endsWith('/office-strings.js')
        ? 'window.__officeStrings = true;'
        : officeJs,
    }),
  );
  const page = await context.newPage();
  const report: PageReport = { violations: [], errors: [] };
  await page.exposeFunction('__cspViolation', (text: string) => report.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  page.on('pageerror', (error) => report.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
  });
  await page.goto(url);
  return { page, report };
}

/**
 * The checks on a production build (called from test/unit/build/production-build.test.ts, which
 * makes the one build): each page carries its policy; no bundle uses eval or an eval source map;
 * each page runs in Chromium with no violation, and the workspace draws a chart under it.
 */
export async function checkBuiltPages(
  out: string,
  launch: () => Promise<Browser>,
): Promise<{ pages: string[]; violations: string[]; errors: string[] }> {
  const { readdirSync } = await import('node:fs');
  const pages = readdirSync(out).filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const html = readFileSync(join(out, file), 'utf8');
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    if (meta !== policyFor(file))
      throw new Error(`${file} carries ${meta ?? 'no'} policy, not ${policyFor(file)}`);
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`${file} has an inline script`);
  }
  for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(out, file), 'utf8');
    // webpack's eval devtools wrap every module in eval("..."); our code never calls eval.
    if (/\beval\(/.test(js)) throw new Error(`${file} calls eval(`);
    if (/sourceMappingURL=data:/.test(js)) throw new Error(`${file} has an inline source map`);
  }
  const server = await serveWithPolicy(out);
  const browser = await launch();
  const violations: string[] = [];
  const errors: string[] = [];
  try {
    for (const file of pages.filter((f) => f !== 'workspace.html')) {
      const { page, report } = await openRecorded(browser, `${server.origin}/${file}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      violations.push(...report.violations.map((v) => `${file}: ${v}`));
      errors.push(...report.errors.map((e) => `${file}: ${e}`));
      await page.context().close();
    }
    const { page, report } = await openRecorded(browser, `${server.origin}/workspace.html?theme=light`);
    await page.getByTestId('workspace-label').waitFor();
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByRole('combobox', { name: 'Element' }).click();
    await page
      .getByRole('option', { name: /^Chart: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    // The chart preview is Vega's SVG laid out for the pane's width: it exists only if Vega ran.
    await page.waitForFunction(
      () => [...document.images].some((i) => i.src.startsWith('data:image/svg+xml') && i.naturalWidth > 0),
      null,
      {
        timeout: 60_000,
      },
    );
    violations.push(...report.violations.map((v) => `workspace.html: ${v}`));
    errors.push(...report.errors.map((e) => `workspace.html: ${e}`));
    await page.context().close();
    // Office.onReady under the production policy: the stand-in Office.js (and the script it loads
    // from the same CDN origin) runs, onReady resolves and the pane renders its first view.
    const office = await openRecorded(browser, `${server.origin}/taskpane.html`, OFFICE_JS_STAND_IN);
    await office.page
      .getByText('Not connected to Word.', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 });
    const ready = await office.page.evaluate(() => {
      const w = window as unknown as { __officeReady?: boolean; __officeStrings?: boolean };
      return { ready: w.__officeReady === true, strings: w.__officeStrings === true };
    });
    if (!ready.ready || !ready.strings)
      errors.push(`taskpane.html: Office.js did not run under the policy (${JSON.stringify(ready)})`);
    violations.push(...office.report.violations.map((v) => `taskpane.html (Office.onReady): ${v}`));
    errors.push(...office.report.errors.map((e) => `taskpane.html (Office.onReady): ${e}`));
    await office.page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { pages, violations, errors };
}
