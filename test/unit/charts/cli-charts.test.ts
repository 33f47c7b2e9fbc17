/**
 * The built command line (CommonJS, where the ESM-only vega packages load through a real dynamic
 * import) lists, builds, inserts and refreshes charts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readDocx } from '../../../src/docx/read/read-docx';
import { council, ensureBuilt } from '../cli/cli-run';

const folder = mkdtempSync(join(tmpdir(), 'cr-cli-charts-'));
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pictures = (file: string) => readDocx(new Uint8Array(readFileSync(file)), file).pictures;

test('elements lists the four charts', () => {
  const { status, stdout } = council(['elements']);
  expect(status).toBe(0);
  for (const name of [
    'chart:monthly-trend',
    'chart:spc-total-crime',
    'chart:category-yoy',
    'chart:rate-per-1000-by-district',
  ])
    expect(stdout).toContain(name);
});

test('build puts the standard charts in, insert adds one, refresh with the same data changes nothing', () => {
  const built = join(folder, 'built.docx');
  expect(council(['build', '--out', built]).status).toBe(0);
  expect(pictures(built).map((p) => p.name)).toEqual([
    'Chart category-yoy',
    'Chart rate-per-1000-by-district',
    'Chart spc-total-crime',
  ]);
  for (const picture of pictures(built))
    expect(picture.altText).toMatch(/chart of .*Maidstone|districts of the force area/);

  const inserted = join(folder, 'inserted.docx');
  const insert = council(['insert', built, '--element', 'chart:monthly-trend', '--out', inserted]);
  expect(insert.status).toBe(0);
  expect(insert.stdout).toMatch(/Inserted Recorded crime by month, Maidstone/);
  expect(pictures(inserted)).toHaveLength(4);

  const refreshed = join(folder, 'refreshed.docx');
  const refresh = council(['refresh', inserted, '--out', refreshed, '--json']);
  expect(refresh.status).toBe(0);
  const regions = (JSON.parse(refresh.stdout) as { regions: { element: string; status: string }[] }).regions;
  expect(regions.filter((r) => r.element.startsWith('chart:')).map((r) => r.status)).toEqual([
    'unchanged',
    'unchanged',
    'unchanged',
    'unchanged',
  ]);
  const media = Object.keys(unzipSync(new Uint8Array(readFileSync(refreshed)))).filter((n) =>
    n.includes('cr-chart'),
  );
  expect(media).toHaveLength(4);
});
