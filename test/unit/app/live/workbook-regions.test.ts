/**
 * A region read from a partner's workbook, as the status, the checker and a refresh speak of it:
 * its file, not police.uk's monthly publication, and a file of another name said plainly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  insertLiveElement,
  listLiveRegions,
  loadedSource,
  refreshLiveRegions,
  workbookSource,
} from '../../../../src/app/live';
import {
  controlTitle,
  howToRefreshFromWorkbook,
  MAX_CONTROL_TITLE,
  workbookNotGivenDetail,
} from '../../../../src/core/live';
import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { readWorkbook } from '../../../../src/spreadsheet/read-workbook';
import { builtInCatalogue } from '../../../support/elements';
import { datasetOf, makeRows, months } from '../../core/live/small-csv';

const elements = builtInCatalogue();
const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'spreadsheets');
const NOW = new Date('2018-01-12T00:00:00Z');
const LATER = new Date('2018-04-01T00:00:00Z'); // 79 days on

/** A fixture workbook under another file name, as an officer's download folder would hold it. */
const workbook = (fixture: string, name = fixture) =>
  readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, fixture))), name);

/** A report with a crime figure and a table from fires.xlsx, inserted on NOW. */
async function report(): Promise<DocxReportHost> {
  const host = new DocxReportHost(blankDocx(paragraph({ runs: 'Maidstone' })), 'r.docx');
  const crime = {
    data: await datasetOf(makeRows(months('2016-01', 24))),
    population: null,
    source: 'test',
  };
  await insertLiveElement(
    host,
    loadedSource(crime),
    { element: 'figure:total-crime' },
    { atSelection: true },
    { elements, now: NOW },
  );
  await insertLiveElement(
    host,
    workbookSource([workbook('fires.xlsx')]),
    { element: 'spreadsheet-table', options: { file: 'fires.xlsx', title: 'Deliberate fires' } },
    { atSelection: true },
    { elements, now: NOW },
  );
  return host;
}

describe('a workbook region refreshed long ago', () => {
  test('its status names the file and how to refresh it, not police.uk', async () => {
    const host = await report();
    const regions = await listLiveRegions(host, { now: LATER, maxAgeDays: 45 });
    const [crime, table] = regions;
    expect(crime?.status).toBe('stale');
    expect(crime?.detail).toMatch(/police\.uk publishes new data every month/);
    expect(crime?.workbook).toBeUndefined();
    expect(table?.workbook).toBe('fires.xlsx');
    expect(table?.status).toBe('stale');
    expect(table?.detail).not.toMatch(/police\.uk/);
    expect(table?.detail).toContain(
      'Last refreshed from fires.xlsx 79 days ago (figures read on 2018-01-12)',
    );
    expect(table?.detail).toContain('“Refresh from file…” in the Data view');
    expect(table?.detail).toContain('council-report refresh --source fires.xlsx');
  });

  test('the checker says it may be out of date, and how to refresh it from the file', async () => {
    const host = await report();
    const findings = checkSnapshot(readDocx(host.bytes, 'r.docx'), getTemplate('maidstone-2019'), {
      live: { now: LATER },
    }).findings.filter((f) => f.rule === 'live-region-stale');
    expect(findings).toHaveLength(2);
    const [crime, table] = findings;
    expect(crime?.message).toMatch(/is out of date: Last refreshed 79 days ago; police\.uk publishes/);
    expect(table?.message).toMatch(
      /^"Table 1: Deliberate fires" may be out of date: Last refreshed from fires\.xlsx/,
    );
    expect(table?.message).not.toMatch(/police\.uk/);
  });
});

describe('a refresh from a workbook of another name', () => {
  test('a renamed copy is named with the file the region expects, and nothing is written', async () => {
    const host = await report();
    const before = host.bytes;
    const result = await refreshLiveRegions(
      host,
      workbookSource([workbook('fires-v2.xlsx', 'fires (1).xlsx')]),
      {
        elements,
        now: LATER,
      },
    );
    const table = result.regions.find((r) => r.element === 'spreadsheet-table');
    expect(table?.status).toBe('skipped');
    expect(table?.message).toBe(
      'Comes from the workbook fires.xlsx, but the workbook given is fires (1).xlsx, so it was left as it was ' +
        '(regions are matched to workbooks by file name). If fires (1).xlsx is a newer copy of fires.xlsx, ' +
        'save or rename it as fires.xlsx and refresh again.',
    );
    expect(result.written).toBe(false);
    expect(host.bytes).toBe(before);
  });

  test('the same copy under the expected name is refreshed', async () => {
    const host = await report();
    const result = await refreshLiveRegions(host, workbookSource([workbook('fires-v2.xlsx', 'fires.xlsx')]), {
      elements,
      now: LATER,
    });
    expect(result.regions.find((r) => r.element === 'spreadsheet-table')?.status).toBe('changed');
  });
});

describe('why a workbook region was not refreshed', () => {
  test('no workbook given, several given, or a guess that would not be one file for another', () => {
    expect(workbookNotGivenDetail('fires.xlsx', [], ['fires.xlsx'])).toBe(
      'Comes from the workbook fires.xlsx, which was not given; left as it was.',
    );
    // Two workbooks given that match nothing: no guess which one is the copy.
    expect(workbookNotGivenDetail('fires.xlsx', ['a.xlsx', 'b.xlsx'], ['fires.xlsx'])).toBe(
      'Comes from the workbook fires.xlsx, which was not given (given: a.xlsx, b.xlsx); left as it was.',
    );
    // Two of the report's workbooks missing: the one given could be a copy of either.
    expect(workbookNotGivenDetail('fires.xlsx', ['x.xlsx'], ['fires.xlsx', 'asb.ods'])).toContain(
      'which was not given (given: x.xlsx)',
    );
    // One matches, one does not, and one region's file is missing: that is the likely copy.
    expect(
      workbookNotGivenDetail('fires.xlsx', ['asb.ods', 'Fires (1).xlsx'], ['fires.xlsx', 'ASB.ods']),
    ).toContain('the workbook given is Fires (1).xlsx');
  });
});

test('the command to refresh names the file so a shell takes it as one argument', () => {
  expect(howToRefreshFromWorkbook('fires.xlsx')).toContain('council-report refresh --source fires.xlsx.');
  expect(howToRefreshFromWorkbook('fires (1).xlsx')).toContain('--source "fires (1).xlsx".');
  expect(howToRefreshFromWorkbook('YOT "final".xlsx')).toContain('--source "YOT \\"final\\".xlsx".');
});

describe('a workbook region’s content control', () => {
  test('takes a long title cut at a word, as every other region’s is (Word keeps 64 characters)', async () => {
    const host = new DocxReportHost(blankDocx(paragraph({ runs: 'Maidstone' })), 'r.docx');
    const title = 'Deliberate primary and secondary fires by ward in the borough, April 2023 to March 2025';
    const result = await insertLiveElement(
      host,
      workbookSource([workbook('fires.xlsx')]),
      { element: 'spreadsheet-table', options: { file: 'fires.xlsx', title } },
      { atSelection: true },
      { elements, now: NOW },
    );
    expect([...result.rendering.title].length).toBeGreaterThan(MAX_CONTROL_TITLE);
    const [control] = readDocx(host.bytes, 'r.docx').contentControls;
    expect(control?.title).toBe(controlTitle(result.rendering.title));
    expect(control?.title).toMatch(/the borough…$/);
  });
});
