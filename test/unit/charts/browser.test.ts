/**
 * The same chart code in a real browser (Debian Chromium via playwright-core): the task pane's
 * lazy renderer, built by webpack as the pane builds it, draws the SVG identical to Node's, and a
 * print-resolution PNG through a canvas. Served from a local HTTP server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildChart, PRINT_WIDTH_PX } from '../../../src/core/charts';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { renderSvg } from '../../../src/charts/svg';
import { launchChromium } from '../../e2e/support/browser';

const root = join(__dirname, '../../..');
const { bundleEntry } = require('../../../scripts/bundle-entry.js') as {
  bundleEntry(options: {
    root: string;
    name: string;
    entry: string;
    out: string;
    publicPath?: string;
  }): Promise<void>;
};
let out: string;
let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cr-chart-browser-'));
  await bundleEntry({ root, name: 'probe', entry: './test/support/chart-probe.ts', out, publicPath: '/' });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><title>charts</title><script src="/probe.js"></script></html>',
  );
  server = createServer((request, response) => {
    const path = normalize(join(out, (request.url ?? '/').split('?')[0]!));
    if (!path.startsWith(out)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
      const type = extname(path) === '.js' ? 'text/javascript' : 'text/html';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

test('Chromium draws the same SVG as Node and a print-resolution PNG', async () => {
  const model = buildChart('rate-per-1000-by-district', {
    data: sampleDataset(),
    population: samplePopulation(),
    area: 'Maidstone',
  });
  const page = await browser.newPage();
  await page.goto(url);
  const result = await page.evaluate(
    (m) => window.renderChart(m),
    JSON.parse(JSON.stringify(model)) as typeof model,
  );
  const node = await renderSvg(model);
  expect(result.svg).toBe(node.svg);
  expect(result.widthPx).toBe(PRINT_WIDTH_PX);
  expect(result.heightPx).toBe(Math.round((PRINT_WIDTH_PX * node.height) / node.width));
  const png = Uint8Array.from(result.png);
  expect(String.fromCharCode(...png.slice(1, 4))).toBe('PNG');
  const view = new DataView(png.buffer);
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([result.widthPx, result.heightPx]);
  expect(png.length).toBeGreaterThan(20_000);
});
