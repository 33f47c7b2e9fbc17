/**
 * Spreadsheets as live sources: listing the sheets of a 100,000-row workbook (`council-report
 * sheets`: our checks + SheetJS + the sheet summary) and inserting a 20-row range of it into a
 * report (`council-report insert --element spreadsheet-table`: that, the range, and the .docx read
 * and written), each against SheetJS merely reading the same file (`XLSX.read`, dense, no other
 * options) in the same run. Target: at most 1.3 times the library's own read. Peak memory is each
 * child process's peak RSS.
 *
 *   node bench/spreadsheet-bench.mjs [--build DIR]
 *
 * The workbook (100,000 rows × 5 columns: ward, year, count with thousands separators, a
 * percentage, a date) is written once by SheetJS as .xlsx and .ods in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, table } from './report.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const buildAt = args.indexOf('--build');
const build = resolve(buildAt >= 0 ? args[buildAt + 1] : join(here, '..', 'build/cli'));
const XLSX = require('@e965/xlsx');
const TARGET = 1.3;
const ROWS = 100_000;

if (args[0] === '--child') {
  const [, what, file, report] = args;
  const started = performance.now();
  const cpu = process.cpuUsage();
  if (what === 'library') {
    XLSX.read(readFileSync(file), { type: 'buffer', dense: true });
  } else if (what === 'sheets') {
    const { readWorkbookFile } = require(join(build, 'cli/sheets.js'));
    const { summariseWorkbook } = require(join(build, 'core/data/spreadsheet.js'));
    summariseWorkbook(readWorkbookFile(file));
  } else {
    const { runCli } = require(join(build, 'cli/main.js'));
    const quiet = { write: () => true };
    const code = await runCli(
      [
        'insert',
        report,
        '--element',
        'spreadsheet-table',
        '--source',
        file,
        '--range',
        'A1:E21',
        '--out',
        `${report}.out.docx`,
      ],
      { stdout: quiet, stderr: quiet, env: {}, now: () => new Date() },
    );
    if (code !== 0) throw new Error(`insert exited ${code}`);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ms: performance.now() - started,
      cpuMs: (used.user + used.system) / 1000,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

function measure(what, file, report) {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', what, file, report ?? '', '--build', build],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

const folder = mkdtempSync(join(tmpdir(), 'council-report-sheets-bench-'));
try {
  const wards = [
    'Bearsted',
    'High Street',
    'Shepway North',
    'Park Wood',
    'Fant',
    'Heath',
    'Allington',
    'Boxley',
  ];
  const rows = [['Ward', 'Year', 'Deliberate fires', 'Change %', 'Last incident']];
  for (let i = 0; i < ROWS; i++)
    rows.push([
      wards[i % wards.length],
      2000 + (i % 25),
      (i * 37) % 5000,
      ((i % 200) - 100) / 1000,
      45000 + (i % 1000),
    ]);
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (let r = 1; r <= ROWS; r++) {
    sheet[XLSX.utils.encode_cell({ r, c: 2 })].z = '#,##0';
    sheet[XLSX.utils.encode_cell({ r, c: 3 })].z = '0.0%';
    sheet[XLSX.utils.encode_cell({ r, c: 4 })].z = 'dd mmm yyyy';
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Fires');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes']]), 'Notes');
  // SheetJS writes .ods verbosely (a style per formatted cell): without the formats its
  // content.xml stays under the 64 MB a part may hold (LibreOffice writes the same rows smaller).
  const plain = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet(rows), 'Fires');
  const { blankDocx } = require(join(build, 'docx/write/blank-docx.js'));
  const report = join(folder, 'report.docx');
  writeFileSync(
    report,
    blankDocx('<w:p><w:r><w:t>Community Safety Partnership Strategic Assessment</w:t></w:r></w:p>'),
  );

  console.log(
    `\nSpreadsheets: list the sheets of, and insert a 20-row range from, a ${ROWS.toLocaleString('en-GB')}-row workbook`,
  );
  console.log(
    `baseline: SheetJS ${XLSX.version} XLSX.read of the same file (dense), same run; median of 3 runs, each in its own process`,
  );
  const results = [];
  for (const type of ['xlsx', 'ods']) {
    const file = join(folder, `fires-100k.${type}`);
    XLSX.writeFile(type === 'ods' ? plain : book, file, { bookType: type, compression: true });
    const mb = (statSync(file).size / 1048576).toFixed(1);
    for (const what of ['library', 'sheets', 'insert']) {
      const runs = [0, 1, 2].map(() => measure(what, file, report));
      results.push({
        type,
        mb,
        what,
        ms: median(runs.map((r) => r.ms)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        rss: median(runs.map((r) => r.peakRssMb)),
      });
    }
  }
  const label = {
    library: 'SheetJS read only',
    sheets: 'council-report sheets',
    insert: 'insert 20 rows (.docx in and out)',
  };
  const rowsOut = results.map((r) => {
    const base = results.find((b) => b.type === r.type && b.what === 'library');
    return [
      `.${r.type} (${r.mb} MB)`,
      label[r.what],
      `${Math.round(r.ms)} ms`,
      `${Math.round(r.cpuMs)} ms`,
      `${(r.ms / base.ms).toFixed(2)}×`,
      `${(r.cpuMs / base.cpuMs).toFixed(2)}×`,
      `${Math.round(r.rss)} MB`,
      `${(r.rss / base.rss).toFixed(2)}×`,
    ];
  });
  console.log(
    table(['file', 'what', 'wall', 'cpu', 'wall ratio', 'cpu ratio', 'peak RSS', 'RSS ratio'], rowsOut),
  );
  // CPU time is the ratio judged: wall time on a machine shared with other work varies by seconds.
  const ratio = (r) => r.cpuMs / results.find((b) => b.type === r.type && b.what === 'library').cpuMs;
  const worst = Math.max(...results.filter((r) => r.what !== 'library').map(ratio));
  console.log(
    `worst CPU-time ratio ${worst.toFixed(2)}× (target ≤ ${TARGET}×): ${worst <= TARGET ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
