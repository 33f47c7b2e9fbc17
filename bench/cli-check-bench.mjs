/**
 * The command line as a user runs it: `council-report check <report.docx>` as a whole process
 * (start node, load our modules, read, check, print, exit) next to a whole `node -e` process
 * running mammoth's extractRawText on the same file. A one-file check is mostly start-up, so this
 * is where loading code the check does not need shows.
 *
 * The file is the 78-page Word-made WGIG background report (test/fixtures/word-made). Runs are
 * paired and alternate which tool goes first; the median of the pairs' ratios cancels out load
 * that other work puts on the machine. Target: ours/mammoth ≤ 0.25.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, processTime, table, verdict } from './report.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 0.25;
const PAIRS = Number(process.env.CLI_BENCH_PAIRS ?? 15);
const file = join(
  root,
  'test/fixtures/word-made/dotnet__Open-XML-SDK/BackgroundReport - THE WORKING GROUP ON INTERNET GOVERNANCE.docx',
);

if (!existsSync(join(root, 'build/cli/cli/main.js'))) {
  console.error('cli-check-bench: build/cli is missing. Run "npm run build:cli" first.');
  process.exit(2);
}

const ours = () =>
  // Exit code 1 means the check found errors in the report: a finished check all the same.
  processTime(process.execPath, [join(root, 'bin/council-report.js'), 'check', file], {
    cwd: root,
    okCodes: [0, 1],
  });
const mammoth = () =>
  processTime(
    process.execPath,
    [
      '-e',
      'require("mammoth").extractRawText({ path: process.argv[1] })' +
        '.then((r) => process.stdout.write(String(r.value.length)))',
      file,
    ],
    { cwd: root },
  );

// Node's own start-up, which both whole processes pay and neither tool can change: printed so the
// share of the time that is ours (loading, reading, checking, printing) can be read on its own.
const nodeAlone = () => processTime(process.execPath, ['-e', '0'], { cwd: root });

// One warm-up of each so the file and node itself are in the OS cache for both. Ours also makes
// the bundle's code cache for `check` (bin/code-cache.js), as any user's first check does.
ours();
mammoth();
const times = { ours: [], mammoth: [], node: [] };
for (let i = 0; i < PAIRS; i += 1) {
  if (i % 2 === 0) {
    times.ours.push(ours());
    times.mammoth.push(mammoth());
  } else {
    times.mammoth.push(mammoth());
    times.ours.push(ours());
  }
  times.node.push(nodeAlone());
}
const ratio = median(times.ours.map((time, i) => time / times.mammoth[i]));

console.log('\nCommand line: council-report check vs mammoth extractRawText, each a whole node process');
console.log(
  `file: WGIG background report, 78 pages, ${(statSync(file).size / 1024).toFixed(0)} KB .docx; ` +
    `mammoth ${require('mammoth/package.json').version}; ${PAIRS} paired runs, alternating order`,
);
console.log(
  table(
    ['tool', 'runs', 'median ms', 'min ms'],
    [
      ['council-report check', times.ours],
      ['node -e mammoth.extractRawText', times.mammoth],
      ['node -e 0 (node start-up alone)', times.node],
    ].map(([tool, t]) => [tool, String(t.length), median(t).toFixed(0), Math.min(...t).toFixed(0)]),
    { textColumns: 1 },
  ),
);
console.log(`time  check/mammoth = ${verdict(ratio, TARGET)}  (median of the pairs' ratios)`);
const start = median(times.node);
const beyondStart = (median(times.ours) - start) / (median(times.mammoth) - start);
console.log(
  `      after node's own start-up (${start.toFixed(0)} ms): check/mammoth = ${beyondStart.toFixed(2)}  ` +
    '(medians; for reading where the time goes, not the target)',
);
