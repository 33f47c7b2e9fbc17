/**
 * Refresh benchmark: a report with 30 live regions (10 each of the year-on-year table, the rates
 * table and the top-neighbourhoods table) built from the sample ending Aug 2025, refreshed with
 * the sample ending Sep 2025, so every region changes: the .docx host's refreshLiveRegions,
 * reading the report, computing all 30, and one writeRegions call. Median of 5 refreshes of the
 * same bytes. (The Word host's sync count for the same use case is asserted in the host-contract
 * tests: it does not depend on the number of regions.)
 *
 *   node bench/refresh-bench.mjs [--build DIR]
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const buildAt = args.indexOf('--build');
const build = resolve(buildAt >= 0 ? args[buildAt + 1] : join(here, '..', 'build/cli'));
const load = (name) => require(join(build, name));

const live = load('app/live/index.js');
const { blankDocx } = load('docx/write/blank-docx.js');
const { DocxReportHost } = load('docx/docx-host.js');
const { sampleDataset, samplePopulation } = load('core/data/sample.js');
const { paragraph } = load('ooxml/paragraph.js');
const { builtInElements, elementCatalogue } = load('core/live/index.js');
// The tables it inserts are built in: the catalogue a face without charts would build.
const catalogue = elementCatalogue(builtInElements());

const REGIONS = 30;
const elements = ['crime-by-category-yoy', 'rate-per-1000-by-district', 'top-lsoas'];
const source = (endMonth) =>
  live.loadedSource({
    data: sampleDataset({ endMonth, months: 36 }),
    population: samplePopulation(),
    source: 'sample',
  });

const paragraphs = Array.from({ length: 200 }, (_, i) =>
  paragraph({
    runs: `1.${i + 1}\tMaidstone paragraph ${i + 1} of the report's own text, long enough to be a real paragraph.`,
  }),
).join('');
const setupStarted = performance.now();
const host = new DocxReportHost(blankDocx(paragraphs), 'bench.docx');
const before = source('2025-08');
for (let i = 0; i < REGIONS; i++) {
  await live.insertLiveElement(
    host,
    before,
    { element: elements[i % 3], area: 'Maidstone' },
    { atSelection: true },
    { elements: catalogue },
  );
}
const bytes = host.bytes;
console.log(
  `\nRefresh benchmark: ${REGIONS} live regions in a ${(bytes.length / 1024).toFixed(0)} KB report ` +
    `(set up in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s)`,
);

const after = source('2025-09');
await after.load();
const times = [];
const cpuTimes = [];
let report;
let writes = 0;
for (let run = 0; run < 6; run++) {
  const target = new DocxReportHost(bytes, 'bench.docx');
  const write = target.writeRegions.bind(target);
  target.writeRegions = (w, s) => {
    writes++;
    return write(w, s);
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  report = await live.refreshLiveRegions(target, after, { elements: catalogue });
  if (run > 0) {
    // The first run warms up. CPU time is steadier than wall time on a shared machine.
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const changed = report.regions.filter((r) => r.status === 'changed').length;
const cells = report.regions.reduce((n, r) => n + r.changes.length, 0);
console.log(
  `refresh all (${changed} of ${report.regions.length} regions changed, ${cells} figures listed): ` +
    `median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (CPU ${cpuTimes[Math.floor(cpuTimes.length / 2)].toFixed(0)} ms) over ${times.length} runs; ` +
    `writeRegions calls per refresh: ${writes / 6}`,
);
