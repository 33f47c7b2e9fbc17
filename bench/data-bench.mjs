/**
 * Data import benchmark: read + aggregate a force-year of police.uk street-level CSV (about
 * 300,000 rows, ~46 MB: 16 months of the synthetic Kent sample, whose force records ~19,000 rows a
 * month) and twice that input, as a user's import would: a file stream into PoliceCsvReader. The
 * doubled input repeats every row of the same months, so the counts it builds have the same cells:
 * memory that grows with it would be memory that grows with rows.
 *
 *   node bench/data-bench.mjs [--build DIR]
 *
 * DIR is the compiled src (default build/cli, made by `npm run build:cli`). Each measurement runs in
 * its own child process so peak memory is that read's alone. Prints MB/s, rows/s, peak heap and
 * peak RSS, and whether peak memory stays flat when the input doubles. The target ratio against
 * papaparse (parse only, same file, same run) is measured when papaparse is installed.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { median } from './report.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const buildAt = args.indexOf('--build');
const build = resolve(buildAt >= 0 ? args[buildAt + 1] : join(here, '..', 'build/cli'));
const data = (name) => require(join(build, 'core/data', name));

if (!existsSync(join(build, 'core/data/police-csv.js'))) {
  console.error(
    `data-bench: ${build}/core/data is missing. Run "npm run build:cli" first, or pass --build DIR.`,
  );
  process.exit(2);
}

// Both tools read the file through the same stream settings (64 KB chunks, Node's default).
const CHUNK = 1 << 16;

if (args[0] === '--child') {
  // One measured read: ours (read + aggregate) or papaparse (parse only).
  const [, tool, file] = args;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  // Peak heap is sampled the same way on both sides, once per 64 KB chunk after it has been
  // parsed, with V8's heap statistics (a fifth of the cost of process.memoryUsage(), which also
  // reads the RSS): sampling ours per chunk and papaparse per 10,000 rows, as this bench once did,
  // charged ours about 20 times as many samples.
  let peakHeap = getHeapStatistics().used_heap_size;
  const sampleHeap = () => (peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size));
  let rows = 0;
  if (tool === 'ours') {
    const { readPoliceCsvFiles } = data('police-csv.js');
    const dataset = await readPoliceCsvFiles(
      [{ name: file, size: statSync(file).size, chunks: createReadStream(file, { highWaterMark: CHUNK }) }],
      { onProgress: sampleHeap },
    );
    rows = dataset.recordsCounted;
  } else {
    const Papa = require('papaparse');
    const stream = createReadStream(file, { highWaterMark: CHUNK });
    await new Promise((done, fail) => {
      Papa.parse(stream, {
        step: () => {
          rows++;
        },
        complete: done,
        error: fail,
      });
      // Added after papaparse's own listener, so it runs once each chunk has been parsed.
      stream.on('data', sampleHeap);
    });
  }
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      ms,
      // CPU time (user + system, all threads): steadier than wall time on a machine shared with other work.
      cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuAtStart)),
      rows,
      peakHeapMb: peakHeap / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

let papaparse = true;
try {
  require.resolve('papaparse');
} catch {
  papaparse = false;
}

const { samplePoliceCsvChunks, SAMPLE_END_MONTH } = data('sample.js');
const { addMonths } = data('months.js');
const folder = mkdtempSync(join(tmpdir(), 'council-report-data-bench-'));
try {
  const year = join(folder, 'kent-300k-rows.csv');
  const twoYears = join(folder, 'kent-600k-rows.csv');
  await writeMonths(year, 16);
  await writeMonths(twoYears, 16, 2);
  const cpu = cpus();
  console.log('Council Report data benchmark: police.uk CSV read + aggregate (synthetic Kent sample)');
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown cpu'}, node ${process.version}`);
  console.log('each figure: median of 3 child processes\n');
  const results = [];
  for (const file of [year, twoYears]) {
    // Ours and papaparse take turns, so the ratio of each pair cancels out load from other work.
    const runs = [];
    const papaRuns = [];
    for (let i = 0; i < 3; i++) {
      runs.push(child('ours', file));
      if (papaparse) papaRuns.push(child('papaparse', file));
    }
    const mb = statSync(file).size / 2 ** 20;
    const ms = median(runs.map((r) => r.ms));
    const result = {
      file: file === year ? 'force-year' : 'double (every row twice)',
      mb,
      rows: runs[0].rows,
      ms,
      peakHeapMb: median(runs.map((r) => r.peakHeapMb)),
      peakRssMb: median(runs.map((r) => r.peakRssMb)),
    };
    results.push(result);
    console.log(
      `${result.file}: ${result.rows.toLocaleString('en-GB')} rows, ${mb.toFixed(1)} MB, ${ms.toFixed(0)} ms: ` +
        `${(mb / (ms / 1000)).toFixed(1)} MB/s, ${Math.round(result.rows / (ms / 1000)).toLocaleString('en-GB')} rows/s, ` +
        `peak heap ${result.peakHeapMb.toFixed(1)} MB, peak RSS ${result.peakRssMb.toFixed(0)} MB`,
    );
    if (papaparse) {
      const papa = median(papaRuns.map((r) => r.ms));
      const ratio = median(runs.map((r, i) => r.ms / papaRuns[i].ms));
      const cpuRatio = median(runs.map((r, i) => r.cpuMs / papaRuns[i].cpuMs));
      console.log(
        `  papaparse ${require('papaparse/package.json').version} parse only, same file: ${papa.toFixed(0)} ms, ` +
          `peak RSS ${median(papaRuns.map((r) => r.peakRssMb)).toFixed(0)} MB; ` +
          `ours/papaparse = ${ratio.toFixed(2)} (median of paired runs; target ≤ 1.0) ${ratio <= 1 ? 'PASS' : 'MISS'}; ` +
          `CPU time ours/papaparse = ${cpuRatio.toFixed(2)} (${median(runs.map((r) => r.cpuMs)).toFixed(0)} / ` +
          `${median(papaRuns.map((r) => r.cpuMs)).toFixed(0)} ms)`,
      );
    }
  }
  const [one, two] = results;
  console.log(
    `\nmemory when the input doubles: peak heap ×${(two.peakHeapMb / one.peakHeapMb).toFixed(2)}, ` +
      `peak RSS ×${(two.peakRssMb / one.peakRssMb).toFixed(2)} (flat ≈ 1.0)`,
  );
  if (!papaparse) console.log('papaparse is not installed: the ratio against it was skipped.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The last `months` months of the sample, each month's rows `copies` times, as one CSV file. */
async function writeMonths(file, months, copies = 1) {
  const out = createWriteStream(file);
  let header = true;
  for (let k = months - 1; k >= 0; k--) {
    for (let copy = 0; copy < copies; copy++) {
      let first = true;
      for (const chunk of samplePoliceCsvChunks(addMonths(SAMPLE_END_MONTH, -k))) {
        // One header for the whole file, as if the monthly files were concatenated.
        const text = first && !header ? chunk.slice(chunk.indexOf('\n') + 1) : chunk;
        first = false;
        header = false;
        if (!out.write(text)) await new Promise((r) => out.once('drain', r));
      }
    }
  }
  await new Promise((r) => out.end(r));
}

function child(tool, file) {
  const output = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', tool, file, '--build', build],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(output.trim().split('\n').pop());
}
