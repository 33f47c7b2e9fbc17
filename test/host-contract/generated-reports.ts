/**
 * Reports of known size from the benchmark's generator (bench/make-report.mjs): an ordinary
 * committee report of about 10 pages and the ~200-page Strategic Assessment. The generator is an
 * ES module, so it runs in a child Node process and hands the files over on disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GeneratedReports {
  tenPages: Uint8Array;
  twoHundredPages: Uint8Array;
}

const GENERATOR = join(__dirname, '..', '..', 'bench', 'make-report.mjs');

export function generateReports(): GeneratedReports {
  const dir = mkdtempSync(join(tmpdir(), 'council-report-'));
  try {
    const script =
      `import { makeOrdinaryReport, makeStrategicAssessment } from ${JSON.stringify(pathToFileURL(GENERATOR).href)};` +
      `import { writeFileSync } from 'node:fs';` +
      `writeFileSync(process.argv[1], makeOrdinaryReport(3));` +
      `writeFileSync(process.argv[2], makeStrategicAssessment());`;
    const ten = join(dir, 'ten-pages.docx');
    const twoHundred = join(dir, 'two-hundred-pages.docx');
    execFileSync(process.execPath, ['--input-type=module', '-e', script, ten, twoHundred], { stdio: 'pipe' });
    return {
      tenPages: new Uint8Array(readFileSync(ten)),
      twoHundredPages: new Uint8Array(readFileSync(twoHundred)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
