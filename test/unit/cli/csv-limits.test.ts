/**
 * The command line refuses a CSV file too large to be police.uk data the way the pane does (the
 * app's source, src/app/data/csv-limits.ts): by its size on disk, before reading it, with exit 2
 * and nothing written. The real built CLI as a child process, on a 60 MB file of zero bytes (a
 * sparse file: no disk space used), as a binary file picked by mistake would be.
 */
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { council, ensureBuilt } from './cli-run';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'cr-csv-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('build and refresh refuse a 60 MB "CSV" file: its name, its size, the limit, exit 2, nothing written', () => {
  const big = join(dir, 'crimes.csv');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 60 * 1024 * 1024);
  closeSync(fd);
  const refusal =
    'crimes.csv is too large to read as police.uk crime data: it is 60 MB (the limit is 50 MB a file). ' +
    'A police.uk street-level file for one force and month is a few MB: check that this is the file you ' +
    'meant, or use the monthly files it was made from.';

  const built = join(dir, 'built.docx');
  const build = council(['build', '--source', big, '--out', built]);
  expect(build.status).toBe(2);
  expect(build.stderr).toContain(`council-report: ${refusal}\n`);
  expect(existsSync(built)).toBe(false);

  const report = join(dir, 'report.docx');
  expect(council(['build', '--out', report]).status).toBe(0);
  const refreshed = join(dir, 'refreshed.docx');
  const refresh = council(['refresh', report, '--source', big, '--out', refreshed]);
  expect(refresh.status).toBe(2);
  expect(refresh.stdout).toContain(`The data could not be loaded from ${big}: ${refusal}\n`);
  expect(refresh.stderr).toContain('Nothing was written.');
  expect(existsSync(refreshed)).toBe(false);
}, 120_000);
