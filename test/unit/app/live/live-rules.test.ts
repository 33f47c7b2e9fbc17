/** The checker's live-region rules on a report with live regions written by the .docx host. */
import { unzipSync, zipSync } from 'fflate';
import { insertLiveElement, loadedSource } from '../../../../src/app/live';
import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { datasetOf, makeRows, months } from '../../core/live/small-csv';
import { builtInCatalogue } from '../../../support/elements';

const elements = builtInCatalogue();

const template = getTemplate('maidstone-2019');
const liveRules = (bytes: Uint8Array, live?: NonNullable<Parameters<typeof checkSnapshot>[2]>['live']) =>
  checkSnapshot(readDocx(bytes, 'r.docx'), template, live ? { live } : {}).findings.filter((f) =>
    f.rule.startsWith('live-region'),
  );

async function report(): Promise<Uint8Array> {
  const host = new DocxReportHost(blankDocx(paragraph({ runs: 'Maidstone' })), 'r.docx');
  const source = loadedSource({
    data: await datasetOf(makeRows(months('2016-01', 24))),
    population: null,
    source: 'test',
  });
  const now = new Date('2018-01-12T00:00:00Z');
  await insertLiveElement(
    host,
    source,
    { element: 'figure:total-crime' },
    { atSelection: true },
    { elements, now },
  );
  await insertLiveElement(host, source, { element: 'top-lsoas' }, { atSelection: true }, { elements, now });
  return host.bytes;
}

function rewrite(bytes: Uint8Array, part: RegExp, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => part.test(n))!;
  files[name] = new TextEncoder().encode(change(new TextDecoder().decode(files[name])));
  return zipSync(files);
}

test('fresh regions give no finding', async () => {
  expect(
    liveRules(await report(), { latestMonth: '2017-12', now: new Date('2018-01-20T00:00:00Z') }),
  ).toEqual([]);
});

test('stale: newer data than the period end, or refreshed too long ago; nothing without a source or clock', async () => {
  const bytes = await report();
  expect(liveRules(bytes)).toEqual([]);
  const newer = liveRules(bytes, { latestMonth: '2018-02' });
  expect(newer.map((f) => [f.rule, f.severity])).toEqual([
    ['live-region-stale', 'warning'],
    ['live-region-stale', 'warning'],
  ]);
  expect(newer[0]?.message).toMatch(/Newer data: Feb 2018 is available/);
  const old = liveRules(bytes, { now: new Date('2018-04-01T00:00:00Z') });
  expect(old.map((f) => f.rule)).toEqual(['live-region-stale', 'live-region-stale']);
  expect(old[0]?.message).toMatch(/Last refreshed 79 days ago/);
  expect(liveRules(bytes, { now: new Date('2018-04-01T00:00:00Z'), maxAgeDays: 90 })).toEqual([]);
});

test('edited and orphaned regions are reported at their paragraph', async () => {
  const bytes = await report();
  const edited = rewrite(bytes, /document\.xml$/, (xml) =>
    xml.replace(/Maidstone recorded [\d,]+ crimes/, 'Maidstone recorded 12 crimes'),
  );
  const found = liveRules(edited);
  expect(found.map((f) => f.rule)).toEqual(['live-region-edited']);
  expect(found[0]?.excerpt).toMatch(/^Maidstone recorded 12 crimes/);
  const orphan = rewrite(bytes, /customXml\/item\d+\.xml$/, (xml) =>
    xml.replace(/<cr:region id="top-lsoas"[^>]*\/>|<cr:region id="top-lsoas".*?<\/cr:region>/s, ''),
  );
  const orphans = liveRules(orphan);
  expect(orphans.map((f) => f.rule)).toEqual(['live-region-orphaned']);
  expect(orphans[0]?.message).toMatch(/cr:live:top-lsoas has no record/);
});
