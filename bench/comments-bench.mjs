/**
 * Consultation benchmark: reading and placing 1,000 partners' comments in a long report.
 *
 *   npm run build:cli && node bench/comments-bench.mjs
 *
 * Workload: a ~200-page Strategic Assessment (5,000 numbered paragraphs, 48 data tables, the
 * implications table) carrying 1,000 comments from the partnership's members, 300 resolved.
 * Measured in this process, median of 7 runs after a warm-up:
 *   read      .docx bytes → snapshot (paragraphs, tables, comments and their anchors);
 *   place     snapshot → consultation: every comment's organisation, section, row, disposition,
 *             late flag, and the summary with its sentence;
 *   together  both, as `council-report comments` does.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeReport } from './make-report.mjs';
import { median } from './report.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = (path) => join(root, 'build', 'cli', path);
if (!existsSync(built('app/consultation/consultation-use-cases.js'))) {
  console.error('comments bench: build/cli is missing. Run "npm run build:cli" first.');
  process.exit(2);
}
const { readDocx } = require(built('docx/read/read-docx.js'));
const { consultationFromSnapshot } = require(built('app/consultation/consultation-use-cases.js'));
const { getTemplate } = require(built('core/template/templates.js'));

const COMMENTS = 1000;
const RUNS = 7;
const bytes = makeReport({
  seed: 2019,
  paragraphs: 5000,
  dataTables: 48,
  comments: COMMENTS,
  resolved: 300,
  headings: 'heading',
  numbering: 'word',
  words: [4, 14],
});
const template = getTemplate('maidstone-2019');

const times = { read: [], place: [], together: [] };
let reading = null;
for (let run = 0; run <= RUNS; run++) {
  const start = performance.now();
  const snapshot = readDocx(bytes, 'assessment.docx');
  const read = performance.now();
  reading = consultationFromSnapshot(snapshot, template);
  const placed = performance.now();
  if (run === 0) continue; // warm-up
  times.read.push(read - start);
  times.place.push(placed - read);
  times.together.push(placed - start);
}

const placedInSections = reading.consultation.comments.filter(
  (c) => c.placement.sectionNumber !== null,
).length;
if (reading.consultation.comments.length !== COMMENTS || placedInSections !== COMMENTS) {
  console.error(`comments bench: expected ${COMMENTS} comments placed in sections, got ${placedInSections}.`);
  process.exit(1);
}
console.log(
  `\nConsultation: ${COMMENTS} comments in a ${(bytes.length / 2 ** 20).toFixed(2)} MB, ~200-page report ` +
    `(${reading.snapshot.paragraphs.length} paragraphs), median of ${RUNS} runs`,
);
console.log(`  read .docx        ${median(times.read).toFixed(1)} ms`);
console.log(
  `  place + summarise ${median(times.place).toFixed(1)} ms (${((median(times.place) / COMMENTS) * 1000).toFixed(1)} µs a comment)`,
);
console.log(`  together          ${median(times.together).toFixed(1)} ms`);
console.log(`  ${reading.summary.sentence}`);
