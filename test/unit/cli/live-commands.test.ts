/**
 * The live-data commands in process (runCli): build a report from the sample and from CSV files
 * written by the test, check it, insert, refresh twice, refresh with a failing source; and the
 * built and refreshed reports rendered by LibreOffice, whose text must show the computed numbers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import type { JsonCheckedReport } from '../../../src/cli/commands/check/format-json';
import { runCli, type CliIo } from '../../../src/cli/main';
import { checkSnapshot } from '../../../src/core/template/check';
import { getTemplate } from '../../../src/core/template/templates';
import { readDocx } from '../../../src/docx/read/read-docx';
import { renderDocx } from '../../support/libreoffice';
import { countRows, csvFiles, districtOf, makeRows, months, type Row } from '../core/live/small-csv';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-live-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The time the commands run at: build and refresh write it as each region's refreshed-at. */
const NOW = new Date('2018-01-12T09:30:00Z');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliAt(NOW, ...argv);
}

async function cliAt(
  now: Date,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    now: () => now,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function writeCsv(rows: Row[], folder: string): string[] {
  return csvFiles(rows).map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.text);
    return path;
  });
}

const fmt = (n: number) => n.toLocaleString('en-GB');

describe('council-report elements', () => {
  test('lists the built-in elements', async () => {
    const { code, stdout } = await cli('elements');
    expect(code).toBe(0);
    for (const name of [
      'crime-by-category-yoy',
      'rate-per-1000-by-district',
      'top-lsoas',
      'figure:total-crime',
      'figure:total-crime-change-pct',
      'figure:burglary-change-pct',
    ])
      expect(stdout).toContain(name);
    const json = JSON.parse((await cli('elements', '--json')).stdout) as { name: string }[];
    expect(json.length).toBeGreaterThanOrEqual(6);
  });
});

describe('council-report build', () => {
  test('from the sample: check reports only the placeholders to replace; rendered tables carry the synthetic label', async () => {
    const out = join(dir, 'sample.docx');
    const { code, stderr } = await cli('build', '--out', out);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    const snapshot = readDocx(new Uint8Array(readFileSync(out)), 'sample.docx');
    const result = checkSnapshot(snapshot, getTemplate('maidstone-2019'));
    const rules = [...new Set(result.findings.map((f) => f.rule))];
    expect(rules).toEqual(['placeholder-text']);
    expect(snapshot.contentControls.map((c) => c.tag)).toEqual(
      expect.arrayContaining([
        'cr:live:crime-by-category-yoy',
        'cr:live:rate-per-1000-by-district',
        'cr:live:top-lsoas',
      ]),
    );
    const { text } = await renderDocx(new Uint8Array(readFileSync(out)), 'sample.docx');
    expect(text).toContain('Synthetic sample data — not real figures');
    // Every caption shows its number, as Word does, not its SEQ field's code ("Table SEQ Table \*
    // ARABIC 1:"), which LibreOffice showed while the caption was a content control's first paragraph.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Table 1: Recorded crime by category, Maidstone');
    expect(flat).toContain('Table 2: Recorded crime per 1,000 people by district');
    expect(flat).toContain('Table 3: The 10 neighbourhoods (LSOAs) in Maidstone');
    expect(flat).toContain('Figure 1: Recorded crime by type, Maidstone');
    expect(flat).toContain('Figure 2: Recorded crime per 1,000 people by district');
    expect(flat).toContain('Figure 3: Recorded crime by month with control limits, Maidstone');
    expect(flat).not.toContain('SEQ');
    expect(flat).not.toContain('ARABIC');
  }, 120_000);

  test('from CSV files: the rendered numbers are the numbers worked out from the rows; refresh twice is unchanged', async () => {
    const folder = mkdtempSync(join(dir, 'csv-'));
    const rows = makeRows(months('2016-01', 24));
    const files = writeCsv(rows, folder);
    const out = join(folder, 'report.docx');
    const built = await cli(
      'build',
      '--source',
      ...files,
      '--area',
      'Maidstone',
      '--retrieved',
      '2018-01-12',
      '--out',
      out,
    );
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/Left out rate-per-1000-by-district: it needs a population table/);
    const maidstone = rows.filter((r) => districtOf(r) === 'Maidstone');
    const total = (from: string, to: string, asb = false) =>
      countRows(
        maidstone,
        (r) => (r.type === 'Anti-social behaviour') === asb && r.month >= from && r.month <= to,
      );
    const { text } = await renderDocx(new Uint8Array(readFileSync(out)), 'report.docx');
    const totalLine = text.split('\n').find((l) => l.includes('Total recorded crime'))!;
    const now = total('2017-01', '2017-12');
    const before = total('2016-01', '2016-12');
    expect(totalLine.trim().split(/\s{2,}/)).toEqual([
      'Total recorded crime',
      fmt(before),
      fmt(now),
      `${now - before > 0 ? '+' : ''}${now - before}`,
      `${now > before ? '+' : ''}${(Math.round(((now - before) / before) * 1000) / 10).toFixed(1)}%`,
    ]);
    const burglaryNow = countRows(maidstone, (r) => r.type === 'Burglary' && r.month >= '2017-01');
    expect(text.split('\n').find((l) => l.trim().startsWith('Burglary'))).toContain(fmt(burglaryNow));
    expect(text).toContain('Source: police.uk street-level data, retrieved 12 Jan 2018');

    for (let i = 0; i < 2; i++) {
      const again = await cli(
        'refresh',
        out,
        '--source',
        ...files,
        '--retrieved',
        '2018-01-12',
        '--out',
        out,
        '--json',
      );
      expect(again.code).toBe(0);
      const json = JSON.parse(again.stdout) as {
        regions: { id: string; status: string; changes: unknown[] }[];
      };
      expect(json.regions.map((r) => r.id)).toEqual(
        expect.arrayContaining(['crime-by-category-yoy', 'top-lsoas']),
      );
      expect(json.regions.filter((r) => r.status !== 'unchanged' || r.changes.length > 0)).toEqual([]);
    }

    // A month more: the tables move on and the rendered numbers follow.
    const more = makeRows(months('2016-01', 25));
    const moreFiles = writeCsv(more, mkdtempSync(join(dir, 'more-')));
    const refreshed = join(folder, 'refreshed.docx');
    const r = await cli(
      'refresh',
      out,
      '--source',
      ...moreFiles,
      '--retrieved',
      '2018-02-12',
      '--out',
      refreshed,
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      regions: { id: string; status: string; changes: { where: string; from: string; to: string }[] }[];
    };
    const yoy = report.regions.find((x) => x.id === 'crime-by-category-yoy')!;
    expect(yoy.status).toBe('changed');
    const moreMaidstone = more.filter(
      (x) => districtOf(x) === 'Maidstone' && x.type !== 'Anti-social behaviour',
    );
    const newTotal = countRows(moreMaidstone, (x) => x.month >= '2017-02' && x.month <= '2018-01');
    expect(yoy.changes).toContainEqual({
      where: 'Total recorded crime, last 12 months',
      from: fmt(now),
      to: fmt(newTotal),
    });
    const rendered = await renderDocx(new Uint8Array(readFileSync(refreshed)), 'refreshed.docx');
    expect(rendered.text).toContain('Feb 2017 – Jan 2018');
    expect(rendered.text.split('\n').find((l) => l.includes('Total recorded crime'))).toContain(
      fmt(newTotal),
    );
    expect(rendered.text).toContain('retrieved 12 Feb 2018');
  }, 180_000);
});

/**
 * One report from `build` for the tests below, which only read it: building draws every chart
 * (about 1.5 s of CPU), so it is made once, by the first test that asks.
 */
let builtOnce: Promise<string> | undefined;
function builtReport(): Promise<string> {
  builtOnce ??= cli('build', '--out', join(dir, 'base.docx')).then(({ code, stderr }) => {
    if (code !== 0) throw new Error(`build failed: ${stderr}`);
    return join(dir, 'base.docx');
  });
  return builtOnce;
}

describe('council-report insert and refresh', () => {
  test('insert a figure into a section; a failing source writes nothing and says why', async () => {
    const base = await builtReport();
    const withFigure = join(dir, 'figure.docx');
    const inserted = await cli(
      'insert',
      base,
      '--element',
      'figure:burglary-change-pct',
      '--section',
      'introduction-background',
      '--out',
      withFigure,
    );
    expect(inserted).toMatchObject({ code: 0 });
    expect(inserted.stdout).toMatch(/Inserted Burglary, % change \(cr:live:figure-burglary-change-pct\)/);
    const snapshot = readDocx(new Uint8Array(readFileSync(withFigure)), 'figure.docx');
    const figure = snapshot.contentControls.find((c) => c.tag === 'cr:live:figure-burglary-change-pct')!;
    expect(figure.text).toMatch(/^Burglary in Maidstone (rose|fell) by \d+\.\d%/);
    // In the first section, after the tables built there.
    expect(figure.firstParagraph).toBeGreaterThan(
      snapshot.contentControls.find((c) => c.tag === 'cr:live:top-lsoas')!.lastParagraph,
    );

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Crime ID,Month,Reported by\nx,2017-13,Kent\n');
    const target = join(dir, 'not-written.docx');
    const failed = await cli('refresh', withFigure, '--source', bad, '--out', target, '--json');
    expect(failed.code).toBe(2);
    const json = JSON.parse(failed.stdout) as { sourceError: string; regions: { status: string }[] };
    expect(json.sourceError).toMatch(/bad\.csv/);
    expect(json.regions.every((r) => r.status === 'failed')).toBe(true);
    expect(() => readFileSync(target)).toThrow();
  }, 60_000);

  test('insert --section executive-summary (or timetable) puts the element at the end of that part', async () => {
    const report = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');
    const out = join(dir, 'summary-table.docx');
    const inserted = await cli(
      'insert',
      report,
      '--element',
      'figure:total-crime',
      '--section',
      'executive-summary',
      '--out',
      out,
    );
    expect(inserted).toMatchObject({ code: 0 });
    let snapshot = readDocx(new Uint8Array(readFileSync(out)), 'out.docx');
    const figure = snapshot.contentControls.find((c) => c.tag === 'cr:live:figure-total-crime')!;
    const texts = snapshot.paragraphs.map((p) => p.text);
    // Straight after the summary's text, before the next part of the front matter.
    expect(texts[figure.firstParagraph - 1]).toMatch(
      /^This report sets out what the crime and disorder data/,
    );
    expect(texts.indexOf('Purpose of Report')).toBeGreaterThan(figure.lastParagraph);
    const template = getTemplate('maidstone-2019');
    expect(checkSnapshot(snapshot, template).findings.map((f) => f.rule)).toEqual([]);

    const afterTimetable = join(dir, 'timetable-table.docx');
    expect(
      (await cli('insert', out, '--element', 'top-lsoas', '--section', 'timetable', '--out', afterTimetable))
        .code,
    ).toBe(0);
    snapshot = readDocx(new Uint8Array(readFileSync(afterTimetable)), 'out.docx');
    const table = snapshot.contentControls.find((c) => c.tag === 'cr:live:top-lsoas')!;
    const timetable = snapshot.tables.find((t) => t.rows[0]?.cells[0]?.text === 'Meeting')!;
    expect(table.firstParagraph).toBe(timetable.lastParagraph + 1);

    const unknown = await cli(
      'insert',
      report,
      '--element',
      'top-lsoas',
      '--section',
      'summary',
      '--out',
      out,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /Sections: executive-summary, recommendations, timetable, introduction-background/,
    );
  }, 60_000);

  test('a police.uk file with no crimes (a header row only) is refused: exit 2, nothing written', async () => {
    const base = await builtReport();
    const empty = join(__dirname, '../../fixtures/csv/2024-07-kent-street.csv');
    const why =
      'This file has no crimes in it (2024-07-kent-street.csv: a header row only). ' +
      'Choose police.uk street-level files with rows of crimes.';
    const inserted = await cli(
      'insert',
      base,
      '--element',
      'top-lsoas',
      '--source',
      empty,
      '--out',
      join(dir, 'e1.docx'),
    );
    expect(inserted.code).toBe(2);
    expect(inserted.stderr).toContain(why);
    expect(inserted.stderr).not.toMatch(/Read 0 rows|Say which district/);
    expect(() => readFileSync(join(dir, 'e1.docx'))).toThrow();
    const refreshed = await cli('refresh', base, '--source', empty, '--out', join(dir, 'e2.docx'));
    expect(refreshed.code).toBe(2);
    expect(refreshed.stdout).toContain(`The data could not be loaded from ${empty}: ${why}`);
    expect(() => readFileSync(join(dir, 'e2.docx'))).toThrow();
  }, 60_000);

  test('too few months: insert names the --end that works; refresh, which has no --end, only asks for the files', async () => {
    const folder = mkdtempSync(join(dir, 'gap-'));
    // Jan 2016 – Dec 2016 in full, then Feb 2017 alone: Jan 2017 is missing.
    const files = writeCsv(makeRows([...months('2016-01', 12), '2017-02']), folder);
    const base = await builtReport();
    const inserted = await cli(
      'insert',
      base,
      '--element',
      'top-lsoas',
      '--area',
      'Maidstone',
      '--source',
      ...files,
      '--out',
      join(folder, 'i.docx'),
    );
    expect(inserted.code).toBe(2);
    expect(inserted.stderr).toContain(
      "lacks Jan 2017, so the 12 months Mar 2016 – Feb 2017 cannot be totalled. Add those months' files to the data. " +
        'Or end the period earlier with --end 2016-12, the latest 12 months the data has in full.',
    );
    // One month only: no earlier end has 12 months either, so none is offered.
    const one = writeCsv(makeRows(['2017-02']), mkdtempSync(join(dir, 'one-')));
    const refreshed = await cli('refresh', base, '--source', ...one, '--out', join(folder, 'r.docx'));
    expect(refreshed.code).toBe(1);
    expect(refreshed.stdout).toContain("cannot be totalled. Add those months' files to the data.");
    expect(refreshed.stdout).not.toMatch(/earlier period end|--end/);
    // Every region failed: a copy identical to the report would look like a refresh that worked.
    expect(refreshed.stderr).toMatch(/Nothing was refreshed: .*failed.*Nothing was written\./);
    expect(() => readFileSync(join(folder, 'r.docx'))).toThrow();
  }, 60_000);

  test('a region changed by hand: refresh says --force overwrites it; --force names what it overwrote', async () => {
    const base = await builtReport();
    const files = unzipSync(new Uint8Array(readFileSync(base)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('compared with the previous 12 months');
    files['word/document.xml'] = strToU8(
      xml.replace('compared with the previous 12 months', 'compared with last year'),
    );
    const edited = join(dir, 'edited.docx');
    writeFileSync(edited, zipSync(files));
    const kept = await cli('refresh', edited, '--out', join(dir, 'kept.docx'));
    expect(kept.code).toBe(1);
    expect(kept.stdout).toMatch(
      /: skipped-edited — Changed by hand since it was last refreshed; refreshing would overwrite those changes\. Refresh with --force to overwrite them\./,
    );
    const forced = await cli('refresh', edited, '--force', '--out', join(dir, 'forced.docx'));
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Whole region: changed by hand -> recomputed values');
  }, 60_000);

  test('--source sample with CSV files is refused rather than one of them silently dropped', async () => {
    const base = await builtReport();
    const csv = writeCsv(makeRows(months('2016-01', 12)), mkdtempSync(join(dir, 'mixed-')));
    const out = join(dir, 'mixed.docx');
    const mixed = await cli(
      'insert',
      base,
      '--element',
      'top-lsoas',
      '--source',
      'sample',
      ...csv,
      '--out',
      out,
    );
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(
      '--source sample (the bundled synthetic data) cannot be combined with CSV files',
    );
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);

  test('usage problems exit 2 with a message', async () => {
    expect(
      (await cli('insert', join(dir, 'none.docx'), '--element', 'top-lsoas', '--out', join(dir, 'x.docx')))
        .stderr,
    ).toMatch(/Cannot read/);
    expect((await cli('build')).code).toBe(2);
    expect((await cli('build', '--end', '2017-13', '--out', 'x.docx')).stderr).toMatch(/month like/);
  });
});

describe('council-report check on live regions', () => {
  const DAY = 86_400_000;
  let report: string;
  let liveIds: string[];
  beforeAll(async () => {
    const folder = mkdtempSync(join(dir, 'stale-'));
    report = join(folder, 'report.docx');
    const files = writeCsv(makeRows(months('2016-01', 24)), folder);
    const built = await cli('build', '--source', ...files, '--area', 'Maidstone', '--out', report);
    expect(built.code).toBe(0);
    liveIds = readDocx(new Uint8Array(readFileSync(report)), 'report.docx')
      .contentControls.flatMap((c) => (c.tag?.startsWith('cr:live:') ? [c.tag.slice('cr:live:'.length)] : []))
      .sort();
    expect(liveIds.length).toBeGreaterThanOrEqual(2);
  });

  /** The live-region findings of `check --json` run at `now` with `extra` options. */
  async function liveFindings(now: Date, ...extra: string[]) {
    const run = await cliAt(now, 'check', report, '--json', ...extra);
    expect(run.stderr).toBe('');
    const [checked] = JSON.parse(run.stdout) as JsonCheckedReport[];
    return checked!.findings.filter((f) => f.rule.startsWith('live-region-'));
  }

  /** The day `days` after the build, as --as-of wants it. */
  const dayAfterBuild = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString().slice(0, 10);

  test('--as-of more than 45 days after the last refresh: every region is stale, whatever the clock says', async () => {
    const stale = await liveFindings(NOW, '--as-of', dayAfterBuild(50));
    expect(stale.map((f) => f.rule)).toEqual(liveIds.map(() => 'live-region-stale'));
    // Each region once, by its own name, with how old it is (the start of the day, 49.6 days on).
    for (const finding of stale) expect(finding.message).toMatch(/Last refreshed 49 days ago/);
    expect(new Set(stale.map((f) => f.paragraph)).size).toBe(liveIds.length);
  });

  test('--as-of within 45 days: no stale region, even when the clock is much later', async () => {
    expect(await liveFindings(new Date(NOW.getTime() + 400 * DAY), '--as-of', dayAfterBuild(44))).toEqual([]);
  });

  test('without --as-of the check judges by the time now', async () => {
    expect(await liveFindings(new Date(NOW.getTime() + 10 * DAY))).toEqual([]);
    const later = await liveFindings(new Date(NOW.getTime() + 46 * DAY));
    expect(later.map((f) => f.rule)).toEqual(liveIds.map(() => 'live-region-stale'));
    expect(later[0]?.message).toMatch(/Last refreshed 46 days ago/);
  });

  test('a bad --as-of is a usage error (exit 2) that says how to write the date', async () => {
    for (const bad of ['2018-02-30', '1 March 2018', '2018-3-1', '2018-13-01']) {
      const run = await cli('check', report, '--as-of', bad);
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
      expect(run.stderr).toContain(
        `--as-of needs a date written YYYY-MM-DD, for example --as-of 2018-03-01, not "${bad}"`,
      );
    }
    expect((await cli('check', report, '--as-of')).stderr).toMatch(/--as-of needs a value/);
  });
});
