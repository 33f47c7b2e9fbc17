/**
 * `npm run bench`: how fast and how lean is our full check (read the .docx + check it against the
 * template) next to mammoth's extractRawText, which only pulls the text out, on the same files in
 * the same run. Target: ours/mammoth ≤ 1.0 for time and for peak memory.
 *
 * Workloads, built fresh in a temp folder: one ~200-page Strategic Assessment (~5,000 numbered
 * paragraphs, 48 data tables, the implications table, comments) and a batch of 100 ordinary
 * ~10-page reports of varied shape, as committee services would check for an agenda.
 * Timing and memory are measured in child processes (bench/measure.mjs): see there why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, arch, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { makeOrdinaryReport, makeStrategicAssessment } from './make-report.mjs';
import { median, table } from './report.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const TARGET = 1.0;

if (!existsSync(join(root, 'build/cli/docx/docx-host.js'))) {
  console.error(
    'bench: build/cli is missing. Run "npm run build:cli" first (npm run bench does it for you).',
  );
  process.exit(2);
}

const benchStarted = performance.now();
const folder = mkdtempSync(join(tmpdir(), 'council-report-bench-'));
try {
  const large = join(folder, 'strategic-assessment-200-pages.docx');
  writeFileSync(large, makeStrategicAssessment());
  mkdirSync(join(folder, 'agenda'));
  const batch = Array.from({ length: 100 }, (_, i) => {
    const file = join(folder, 'agenda', `report-${String(i + 1).padStart(3, '0')}.docx`);
    writeFileSync(file, makeOrdinaryReport(i + 1));
    return file;
  });

  const workloads = [
    { name: '200-page Strategic Assessment', files: [large], runs: 7 },
    { name: '100 ordinary reports (~10 pages each)', files: batch, runs: 5 },
  ];

  const cpu = cpus();
  console.log(
    'Council Report benchmark: full check (read .docx + check against the template) vs text extraction',
  );
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ` +
      `${platform()} ${arch()}, node ${process.version}`,
  );
  console.log(
    `baseline: mammoth ${require('mammoth/package.json').version} extractRawText, same files, same run`,
  );
  const idle = idleRss();
  console.log(`idle node process peak RSS: ${idle.toFixed(0)} MB (included in every peak RSS below)`);
  console.log(
    'time: median of the timed runs after one warm-up run, the two tools taking turns in one process; ' +
      'MB/s over the .docx and the unzipped sizes',
  );
  console.log(
    'memory: peak RSS of each tool alone in its own process (a warm-up pass and one more), median of 3 processes\n',
  );

  const header = [
    'workload',
    'tool',
    'runs',
    'median ms',
    'MB/s .docx',
    'MB/s unzipped',
    'peak RSS MB',
    'above idle MB',
  ];
  const rows = [];
  const verdicts = [];
  for (const workload of workloads) {
    const unzipped = workload.files.reduce((sum, file) => sum + unzippedBytes(file), 0);
    const timing = child(['time', String(workload.runs), '20000', ...workload.files]);
    const measured = ['ours', 'mammoth'].map((tool) => ({
      tool,
      times: timing.times[tool],
      median: median(timing.times[tool]),
      // Peak RSS depends on when the garbage collector runs: the median of three processes.
      peakRssMb: median([1, 2, 3].map(() => child(['memory', tool, ...workload.files]).peakRssMb)),
    }));
    const [ours, mammoth] = measured;
    for (const m of measured) {
      const seconds = m.median / 1000;
      rows.push([
        m === ours ? workload.name : '',
        m.tool === 'ours' ? 'ours (check)' : 'mammoth',
        String(m.times.length),
        m.median.toFixed(1),
        (timing.bytes / 2 ** 20 / seconds).toFixed(2),
        (unzipped / 2 ** 20 / seconds).toFixed(1),
        m.peakRssMb.toFixed(0),
        (m.peakRssMb - idle).toFixed(0),
      ]);
    }
    // Runs were taken in pairs, back to back: the median of the pairs' ratios cancels out the load
    // other work puts on the machine, which a ratio of two medians would not.
    const timeRatio = median(ours.times.map((time, i) => time / mammoth.times[i]));
    const memoryRatio = ours.peakRssMb / mammoth.peakRssMb;
    const verdict = (ratio) =>
      `${ratio.toFixed(2)}  (target ≤ ${TARGET.toFixed(1)})  ${ratio <= TARGET ? 'PASS' : 'MISS'}`;
    verdicts.push(
      `${workload.name}: ${(timing.bytes / 2 ** 20).toFixed(2)} MB of .docx, ${(unzipped / 2 ** 20).toFixed(1)} MB unzipped\n` +
        `  time      ours/mammoth = ${verdict(timeRatio)}  (median of ${ours.times.length} paired runs)\n` +
        `  peak RSS  ours/mammoth = ${verdict(memoryRatio)}`,
    );
  }
  console.log(table(header, rows));
  console.log('');
  console.log(verdicts.join('\n'));
  console.log(`\nwhole bench: ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

// `council-report check` on the 78-page WGIG report as a whole process vs `node -e` mammoth (bench/cli-check-bench.mjs).
execFileSync(process.execPath, [join(here, 'cli-check-bench.mjs')], { stdio: 'inherit' });
// Charts: ms per chart rendered in Node, PNG/SVG sizes, the lazy chart chunks' gzip size (bench/chart-bench.mjs).
execFileSync(process.execPath, [join(here, 'chart-bench.mjs')], { stdio: 'inherit' });
// The task pane's first-view load time and JavaScript transferred, in Chromium (bench/taskpane-load.mjs).
execFileSync(process.execPath, [join(here, 'taskpane-load.mjs')], { stdio: 'inherit' });
// police.uk CSV import (MB/s, rows/s, peak memory, ratio to papaparse) and refreshing 30 live regions.
execFileSync(process.execPath, [join(here, 'data-bench.mjs')], { stdio: 'inherit' });
execFileSync(process.execPath, [join(here, 'refresh-bench.mjs')], { stdio: 'inherit' });
// Spreadsheets: list the sheets of / insert 20 rows from a 100,000-row workbook vs SheetJS reading it.
execFileSync(process.execPath, [join(here, 'spreadsheet-bench.mjs')], { stdio: 'inherit' });
// Reading and placing 1,000 consultation comments in a long report (bench/comments-bench.mjs).
execFileSync(process.execPath, [join(here, 'comments-bench.mjs')], { stdio: 'inherit' });

function child(args) {
  const output = execFileSync(process.execPath, ['--expose-gc', join(here, 'measure.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop());
}

function unzippedBytes(file) {
  return Object.values(unzipSync(readFileSync(file))).reduce((sum, part) => sum + part.byteLength, 0);
}

function idleRss() {
  const output = execFileSync(
    process.execPath,
    ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'],
    {
      encoding: 'utf8',
    },
  );
  return Number(output) / 1024;
}
