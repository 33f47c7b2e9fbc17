/**
 * Task pane first view in Chromium: how long the production task pane takes to show its first
 * view (the header and the Template / Data / Consultation tabs) and how much JavaScript it
 * transfers, gzip as a web server sends it. Also the browser workspace until the sample report's
 * preview shows. Run by `npm run bench` (bench/run.mjs) or alone: `node bench/taskpane-load.mjs`.
 *
 * - Production build (scripts/run-build.js) into a temp folder, served on loopback by a small
 *   server here that gzips JavaScript, HTML and JSON as a real web server would.
 * - Debian Chromium through playwright-core, a fresh browser context per run (cold cache).
 * - Office.js is Microsoft's CDN script, outside our bundle and unreachable here: it is answered
 *   by a few-line stand-in (Office.onReady calls back at once, as outside Word), so the numbers
 *   are our own code's. In Word add Office.js's own load.
 * - Median of RUNS runs after one warm-up; loopback network (no throttling): this measures parse,
 *   execute and render, not the network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { table } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const OFFICE_STUB =
  'window.Office={HostType:{Word:"Word"},DocumentMode:{ReadOnly:1},context:{requirements:{isSetSupported:function(){return false}}},' +
  'onReady:function(cb){var info={host:null,platform:null};if(cb)setTimeout(function(){cb(info)},0);return Promise.resolve(info)}};';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const COMPRESSED = new Set(['.html', '.js', '.json', '.xml']);

if (!existsSync(CHROMIUM)) {
  console.log(
    `\ntask pane load: skipped — Chromium not found at ${CHROMIUM} (install the "chromium" package, .ci/run does).`,
  );
  process.exit(0);
}

const folder = mkdtempSync(join(tmpdir(), 'council-report-load-'));
let server;
let browser;
try {
  const dist = join(folder, 'dist');
  execFileSync(process.execPath, [join(root, 'scripts', 'run-build.js'), '--out', dist], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = await serve(dist);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });

  const taskpane = await measure(browser, `${server.origin}/taskpane.html`, '[role="tablist"]');
  const workspace = await measure(
    browser,
    `${server.origin}/workspace.html?theme=light`,
    'section[aria-label="Document preview"] article',
  );
  const chromiumVersion = browser.version();
  console.log(
    `\nTask pane load in Chromium ${chromiumVersion} (production build, loopback, cold cache, median of ${RUNS} runs)`,
  );
  console.log(
    table(
      ['page', 'first view ms', 'FCP ms', 'JS files', 'JS transferred KB (gzip)', 'JS uncompressed KB'],
      [
        ['task pane: header + view tabs', ...row(taskpane)],
        ['workspace: sample report shown', ...row(workspace)],
      ],
      { textColumns: 1 },
    ),
  );
  console.log('Office.js itself (Microsoft CDN) is not included: in Word add its load time.');
} finally {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
}

function row(m) {
  return [
    m.firstView.toFixed(0),
    m.fcp.toFixed(0),
    String(m.scripts),
    (m.transferred / 1024).toFixed(1),
    (m.decoded / 1024).toFixed(1),
  ];
}

async function measure(browser, url, readySelector) {
  const samples = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(readySelector, { timeout: 60_000 });
    // Runs in the page: globalThis is the window there.
    const result = await page.evaluate(() => {
      const readyAt = performance.now();
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
        .filter((e) => e.name.startsWith(globalThis.location.origin));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        firstView: readyAt,
        fcp: fcp ? fcp.startTime : NaN,
        scripts: scripts.length,
        transferred: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
        decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
      };
    });
    await context.close();
    if (i > 0) samples.push(result); // the first run warms Chromium up
  }
  const median = (key) => {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  return {
    firstView: median('firstView'),
    fcp: median('fcp'),
    scripts: median('scripts'),
    transferred: median('transferred'),
    decoded: median('decoded'),
  };
}

function serve(rootDir) {
  const cache = new Map();
  const httpServer = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(rootDir, path));
    if (!file.startsWith(rootDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = extname(file);
    const gzip = COMPRESSED.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    let body = readFileSync(file);
    if (gzip) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 9 }));
      body = cache.get(file);
    }
    response.writeHead(200, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((resolve) =>
    httpServer.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${httpServer.address().port}`,
        close: () => new Promise((done) => httpServer.close(() => done())),
      }),
    ),
  );
}
