/**
 * Spreadsheets as live sources through the command line (in process): `sheets`, `insert --element
 * spreadsheet-table`, `refresh --source <workbook>` with the cell-by-cell "What changed", and bad
 * workbooks refused with nothing written. The LibreOffice-made workbooks are in
 * test/fixtures/spreadsheets (see its README); the report is rendered by LibreOffice to check
 * what a reader sees.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../../src/cli/main';
import { readDocumentState } from '../../../src/core/live';
import { readDocx } from '../../../src/docx/read/read-docx';
import { renderDocx } from '../../support/libreoffice';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'spreadsheets');
const NOW = new Date('2026-12-04T10:00:00Z');
let dir: string;
let report: string;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    now: () => NOW,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A workbook under the name the report's region recorded, as a partner's new copy would be. */
function asFiresXlsx(fixture: string, folder: string): string {
  mkdirSync(join(dir, folder), { recursive: true });
  const path = join(dir, folder, fixture.endsWith('.ods') ? 'fires.ods' : 'fires.xlsx');
  copyFileSync(join(FIXTURES, fixture), path);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-sheets-cli-'));
  report = join(dir, 'report.docx');
  const built = await cli('build', '--out', report);
  expect(built.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('council-report sheets', () => {
  test('lists sheets with their used ranges, tables and defined names', async () => {
    const { code, stdout } = await cli('sheets', join(FIXTURES, 'fires.ods'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: 'fires.ods',
      sheets: [
        { name: 'Fires', kind: 'worksheet', used: 'A1:G6' },
        { name: 'Notes', kind: 'worksheet', used: 'A1' },
      ],
      tables: [{ name: 'FireTable', sheet: 'Fires', range: 'A1:C3' }],
      names: [{ name: 'FireCounts', refersTo: 'Fires!$A1:$C$3' }],
    });
    const text = await cli('sheets', join(FIXTURES, 'chart-sheet.xlsx'));
    expect(text.stdout).toContain('Chart1  chart sheet (no cells)');
  });

  test('a password-protected workbook: exit 2 and says so', async () => {
    const { code, stderr } = await cli('sheets', join(FIXTURES, 'password.xlsx'));
    expect(code).toBe(2);
    expect(stderr).toContain('protected with a password');
  });
});

describe.each(['xlsx', 'ods'])('a spreadsheet table from a LibreOffice-made .%s', (ext) => {
  let inserted: string;
  beforeAll(async () => {
    inserted = join(dir, `with-table-${ext}.docx`);
    const source = asFiresXlsx(`fires.${ext}`, `v1-${ext}`);
    const { code, stdout } = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-table',
      '--source',
      source,
      '--title',
      'Deliberate fires by ward',
      '--section',
      'introduction-background',
      '--out',
      inserted,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Inserted Deliberate fires by ward (cr:live:spreadsheet-table)');
  });

  test('is a live region whose spec names the file and range, with the header row marked', async () => {
    const snapshot = await readDocx(new Uint8Array(readFileSync(inserted)), 'r.docx');
    const spec = readDocumentState(snapshot).state.regions.find((r) => r.element === 'spreadsheet-table');
    expect(spec?.options).toMatchObject({
      file: `fires.${ext}`,
      title: 'Deliberate fires by ward',
      readOn: '2026-12-04',
    });
    const control = snapshot.contentControls.find((c) => c.tag === 'cr:live:spreadsheet-table');
    expect(control?.text).toContain('Source: fires.' + ext + ', sheet Fires, A1:G6, read 4 Dec 2026');
    const table = snapshot.tables.find((t) => t.rows[0]?.cells[0]?.text === 'Ward');
    expect(table?.rows[0]?.header).toBe(true);
    // The merged total row spans the three columns it spans in the workbook.
    expect(table?.rows.at(-1)?.cells[0]).toMatchObject({ text: 'Total (all wards)', gridSpan: 3 });
    // The hidden row and column are not in the report.
    expect(control?.text).not.toContain('Hidden ward');
    expect(control?.text).not.toContain('secret');
  });

  test('refresh with the same workbook: unchanged; with the new one: exactly the cells that changed', async () => {
    const same = await cli(
      'refresh',
      inserted,
      '--source',
      asFiresXlsx(`fires.${ext}`, `v1-${ext}`),
      '--out',
      join(dir, 'same.docx'),
      '--json',
    );
    expect(same.code).toBe(0);
    const sameRegion = JSON.parse(same.stdout).regions.find(
      (r: { id: string }) => r.id === 'spreadsheet-table',
    );
    expect(sameRegion).toMatchObject({ status: 'unchanged', changes: [] });

    const out = join(dir, `refreshed-${ext}.docx`);
    const { code, stdout } = await cli(
      'refresh',
      inserted,
      '--source',
      asFiresXlsx(`fires-v2.${ext}`, `v2-${ext}`),
      '--out',
      out,
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const region = json.regions.find((r: { id: string }) => r.id === 'spreadsheet-table');
    expect(region.status).toBe('changed');
    expect(region.changes).toEqual([
      { where: 'Row Park Wood', from: '—', to: 'added' },
      { where: 'Bearsted, Deliberate fires 2024-25', from: '1,302', to: '1,330' },
      { where: 'Bearsted, Change', from: '68.00', to: '96.00' },
      { where: 'Shepway North, Deliberate fires 2024-25', from: '12', to: '15' },
      { where: 'Shepway North, Change', from: '12.00', to: '15.00' },
    ]);
    // Only workbooks were given: the crime-data regions are left as they were, not failed.
    const others = json.regions.filter((r: { element: string }) => r.element !== 'spreadsheet-table');
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.status).toBe('skipped');

    // A renamed copy is not taken for the file, but named beside it.
    const renamed = join(dir, `renamed-${ext}`, `fires (1).${ext}`);
    mkdirSync(join(dir, `renamed-${ext}`), { recursive: true });
    copyFileSync(join(FIXTURES, `fires-v2.${ext}`), renamed);
    const copy = await cli(
      'refresh',
      inserted,
      '--source',
      renamed,
      '--out',
      join(dir, 'copy.docx'),
      '--json',
    );
    const skipped = JSON.parse(copy.stdout).regions.find((r: { id: string }) => r.id === 'spreadsheet-table');
    expect(skipped.status).toBe('skipped');
    expect(skipped.message).toContain(
      `Comes from the workbook fires.${ext}, but the workbook given is fires (1).${ext}`,
    );

    // The table grew by a row; LibreOffice shows the new figures and the source line.
    const { text } = await renderDocx(new Uint8Array(readFileSync(out)), 'refreshed.docx');
    expect(text).toMatch(/Park Wood\s+22\s+25\s+3\.00/);
    expect(text).toMatch(/Bearsted\s+1,234\s+1,330\s+96\.00/);
  });
});

describe('bad input: a clear error and nothing written', () => {
  test.each([
    [['--source', 'password.xlsx'], 'protected with a password'],
    [['--source', 'plain.xls'], 'Excel 97'],
    [['--source', 'nocache.xlsx'], 'result was never saved'],
    [['--source', 'fires.xlsx', '--sheet', 'Firez'], 'Its sheets are "Fires", "Notes"'],
    [['--source', 'chart-sheet.xlsx', '--sheet', 'Chart1'], 'chart sheet'],
    [['--source', 'fires.xlsx', '--range', 'A1:Z300'], 'too many for a table'],
    [['--source', 'fires.xlsx', '--range', 'Z900:AB910'], 'outside the cells the sheet "Fires" uses (A1:G6)'],
    [['--source', 'fires.xlsx', '--table', 'Fires2'], 'Its tables are "FireTable"'],
  ])('insert %j', async (options, words) => {
    const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.docx`);
    const args = options.map((o, i) => (options[i - 1] === '--source' ? join(FIXTURES, o) : o));
    const { code, stderr } = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-table',
      ...args,
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(words);
    expect(existsSync(out)).toBe(false);
  });

  test('refresh with a damaged workbook writes nothing', async () => {
    const out = join(dir, 'bad-refresh.docx');
    const { code } = await cli(
      'refresh',
      report,
      '--source',
      join(FIXTURES, 'missing-bits.xlsx'),
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a refresh that refreshes nothing', () => {
  test('no workbook given matches a region: says so, writes nothing, exit 2', async () => {
    const withTable = join(dir, 'nothing-table.docx');
    const inserted = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-table',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--out',
      withTable,
    );
    expect(inserted.code).toBe(0);
    const out = join(dir, 'nothing-refreshed.docx');
    const refreshed = await cli('refresh', withTable, '--source', join(FIXTURES, 'plain.xlsx'), '--out', out);
    expect(refreshed.code).toBe(2);
    expect(refreshed.stdout).toMatch(/spreadsheet-table \(spreadsheet-table\): skipped — .*fires\.xlsx/);
    expect(refreshed.stderr).toMatch(
      /Nothing was refreshed: all \d+ regions were left as they were \(\d+ skipped\)\. Nothing was written\./,
    );
    expect(existsSync(out)).toBe(false);
    const json = await cli(
      'refresh',
      withTable,
      '--source',
      join(FIXTURES, 'plain.xlsx'),
      '--out',
      out,
      '--json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ sourceError: null, written: false });
  });

  test('a report with no live data: says so, writes nothing, exit 2', async () => {
    const plain = join(__dirname, '..', '..', 'fixtures', 'reports', 'other-council-caps-heading1.docx');
    const out = join(dir, 'no-live.docx');
    const refreshed = await cli('refresh', plain, '--out', out);
    expect(refreshed.code).toBe(2);
    expect(refreshed.stderr).toContain(
      'Nothing was refreshed: the report has no live tables or figures. Nothing was written.',
    );
    expect(refreshed.stderr).not.toContain('Wrote');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a spreadsheet chart', () => {
  test('is drawn from the range with generated alt text, and refreshed point by point', async () => {
    const out = join(dir, 'with-chart.docx');
    const { code } = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-chart',
      '--source',
      asFiresXlsx('fires.xlsx', 'chart-v1'),
      '--range',
      'A1:C5',
      '--chart',
      'line',
      '--title',
      'Deliberate fires by ward',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const snapshot = await readDocx(new Uint8Array(readFileSync(out)), 'c.docx');
    const spec = readDocumentState(snapshot).state.regions.find((r) => r.element === 'spreadsheet-chart');
    expect(spec?.options).toMatchObject({ file: 'fires.xlsx', range: 'A1:C5', chart: 'line' });
    const picture = snapshot.pictures.find((p) => p.title === 'Deliberate fires by ward');
    expect(picture?.altText).toContain(
      'Line chart of Deliberate fires 2023-24, Deliberate fires 2024-25 by ward',
    );
    // Row 4 is hidden in the workbook: not charted.
    expect(picture?.altText).toContain('3 values each');
    expect(picture?.altText).toContain('highest Bearsted 1,302');

    const refreshed = await cli(
      'refresh',
      out,
      '--source',
      asFiresXlsx('fires-v2.xlsx', 'chart-v2'),
      '--out',
      join(dir, 'chart-2.docx'),
      '--json',
    );
    const region = JSON.parse(refreshed.stdout).regions.find(
      (r: { id: string }) => r.id === 'spreadsheet-chart',
    );
    expect(region.changes).toEqual([
      { where: 'Bearsted, Deliberate fires 2024-25', from: '1,302', to: '1,330' },
      { where: 'Shepway North, Deliberate fires 2024-25', from: '12', to: '15' },
    ]);
  });

  test('by default draws the counts only: no date, change or percentage column, no total row', async () => {
    const out = join(dir, 'default-chart.docx');
    const { code, stdout } = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-chart',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Inserted Deliberate fires 2023-24 and Deliberate fires 2024-25 by ward (cr:live:spreadsheet-chart).',
    );
    expect(stdout).toContain(
      'Not drawn: Change, Change % (not on the same scale as the columns drawn); Last incident (dates); ' +
        'the row Total (all wards) (a total would dwarf the rows it adds up). To draw other columns, name them with --series.',
    );
    const snapshot = await readDocx(new Uint8Array(readFileSync(out)), 'd.docx');
    const picture = snapshot.pictures.find((p) => p.title?.startsWith('Deliberate fires 2023-24'));
    expect(picture?.altText).toContain(
      'Bar chart of Deliberate fires 2023-24, Deliberate fires 2024-25 by ward',
    );
    expect(picture?.altText).not.toMatch(/Last incident|Change|Total/);

    const named = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-chart',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--series',
      'Change',
      '--out',
      join(dir, 'change-chart.docx'),
    );
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Inserted Change by ward');
    const refused = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-chart',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--series',
      'Last incident',
      '--out',
      join(dir, 'date-chart.docx'),
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds dates');
    expect(existsSync(join(dir, 'date-chart.docx'))).toBe(false);
    // A table shows every column: --series there would be ignored, so it is refused.
    const table = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-table',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--series',
      'Change',
      '--out',
      join(dir, 'table-series.docx'),
    );
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('--series is for --element spreadsheet-chart only.');
  });

  test('a range without numbers is refused', async () => {
    const out = join(dir, 'bad-chart.docx');
    const { code, stderr } = await cli(
      'insert',
      report,
      '--element',
      'spreadsheet-chart',
      '--source',
      join(FIXTURES, 'fires.xlsx'),
      '--sheet',
      'Notes',
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('header row and at least one row');
    expect(existsSync(out)).toBe(false);
  });
});
