/**
 * Charts: time per chart rendered in Node (Vega-Lite → SVG with vega headless, SVG → PNG at print
 * resolution with resvg), the SVG and PNG sizes, and the size of the browser's lazy chart chunks
 * (gzip), built with webpack from src/charts/browser-lazy.ts as the task pane loads it.
 *
 *   node bench/chart-bench.mjs            (needs build/cli: npm run build:cli)
 *   node bench/chart-bench.mjs --no-chunk  skip the webpack build (about a minute on 2 cores)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median, table } from './report.mjs';

const require = createRequire(import.meta.url);
const { bundleEntry } = require('../scripts/bundle-entry.js');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'build/cli');
if (!existsSync(join(cli, 'charts/node.js'))) {
  console.error('chart bench: build/cli/charts is missing. Run "npm run build:cli" first.');
  process.exit(2);
}

const { buildChart, CHART_KINDS } = require(join(cli, 'core/charts'));
const { sampleDataset, samplePopulation } = require(join(cli, 'core/data'));
const { svgToPng } = require(join(cli, 'charts/node'));
const { renderSvg } = require(join(cli, 'charts/svg'));

const RUNS = 7;
const data = sampleDataset();
const population = samplePopulation();

console.log('\nCharts: rendered in Node (sample data, Maidstone), median of', RUNS, 'warm runs');
const started = performance.now();
const first = await renderSvg(buildChart('monthly-trend', { data, population, area: 'Maidstone' }));
svgToPng(first.svg);
console.log(`engine load + first chart (cold): ${(performance.now() - started).toFixed(0)} ms`);

const rows = [];
for (const kind of CHART_KINDS) {
  const model = buildChart(kind, { data, population, area: 'Maidstone' });
  const svgMs = [];
  const pngMs = [];
  let svg;
  let png;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    svg = await renderSvg(model);
    const t1 = performance.now();
    png = svgToPng(svg.svg);
    pngMs.push(performance.now() - t1);
    svgMs.push(t1 - t0);
  }
  rows.push([
    `chart:${kind}`,
    median(svgMs).toFixed(0),
    median(pngMs).toFixed(0),
    (median(svgMs) + median(pngMs)).toFixed(0),
    (svg.svg.length / 1024).toFixed(0),
    `${png.widthPx}×${png.heightPx}`,
    (png.png.byteLength / 1024).toFixed(0),
  ]);
}
console.log(table(['chart', 'SVG ms', 'PNG ms', 'total ms', 'SVG KB', 'PNG px', 'PNG KB'], rows));

if (!process.argv.includes('--no-chunk')) await chunkSizes();

async function chunkSizes() {
  const out = mkdtempSync(join(tmpdir(), 'cr-chart-chunk-'));
  try {
    const t0 = performance.now();
    await bundleEntry({ root, name: 'probe', entry: './src/charts/browser-lazy.ts', out });
    const files = readdirSync(out).filter((f) => f.endsWith('.js'));
    const sizes = files.map((f) => {
      const bytes = readFileSync(join(out, f));
      return { f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const lazy = sizes.filter((s) => s.f !== 'probe.js');
    const probe = sizes.find((s) => s.f === 'probe.js');
    console.log(
      `\nBrowser chart chunks (webpack production, built in ${((performance.now() - t0) / 1000).toFixed(0)} s):`,
    );
    console.log(
      table(
        ['chunk', 'kind', 'raw KB', 'gzip KB'],
        [
          [
            'probe.js',
            'first view (the loader only)',
            (probe.raw / 1024).toFixed(1),
            (probe.gzip / 1024).toFixed(1),
          ],
          ...lazy.map((s) => [s.f, 'lazy', (s.raw / 1024).toFixed(0), (s.gzip / 1024).toFixed(0)]),
        ],
      ),
    );
    console.log(
      `lazy chart chunks in all: ${(lazy.reduce((a, s) => a + s.gzip, 0) / 1024).toFixed(0)} KB gzip`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
