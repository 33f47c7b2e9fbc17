/**
 * The live-region use cases on the .docx host: insert, refresh (with the diff), edited regions,
 * failing sources, orphans, unknown elements. Expected figures are worked out from the CSV rows.
 */
import { unzipSync, zipSync } from 'fflate';
import {
  insertLiveElement,
  listLiveRegions,
  loadedSource,
  refreshLiveRegions,
  removeLiveRegion,
  repairLiveRegion,
  type LiveData,
  type LiveSource,
} from '../../../../src/app/live';
import { consultationElements } from '../../../../src/app/consultation/summary-element';
import { builtInElements, elementCatalogue, liveRegions, readDocumentState } from '../../../../src/core/live';
import type { RegionWrite, RegionWriteOutcome } from '../../../../src/core/report/host';
import type { ReportState } from '../../../../src/core/state/report-state';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { countRows, datasetOf, districtOf, makeRows, months, type Row } from '../../core/live/small-csv';
import { builtInCatalogue } from '../../../support/elements';

const elements = builtInCatalogue();

const NOW = new Date('2018-01-12T09:30:00Z');
const first = makeRows(months('2016-01', 24)); // to Dec 2017
const later = makeRows(months('2016-01', 25)); // one more month: Jan 2018

async function source(rows: Row[]): Promise<LiveSource> {
  const live: LiveData = { data: await datasetOf(rows), population: null, source: 'police.uk CSV: test' };
  return loadedSource(live);
}

function body(): Uint8Array {
  return blankDocx(
    paragraph({ runs: 'Maidstone Borough Council' }) +
      paragraph({ runs: 'Crime in the borough' }) +
      paragraph({ runs: 'Closing paragraph.' }),
  );
}

/** A host that counts writeRegions calls. */
class CountingHost extends DocxReportHost {
  calls = 0;
  override async writeRegions(writes: RegionWrite[], state: ReportState | null): Promise<RegionWriteOutcome> {
    this.calls++;
    return super.writeRegions(writes, state);
  }
}

async function withThreeRegions(): Promise<CountingHost> {
  const host = new CountingHost(body(), 'report.docx');
  const src = await source(first);
  await insertLiveElement(
    host,
    src,
    { element: 'crime-by-category-yoy' },
    { anchor: { paragraph: 1, text: 'Crime in the borough' }, location: 'After' },
    { elements, now: NOW },
  );
  await insertLiveElement(
    host,
    src,
    { element: 'figure:total-crime-change-pct' },
    { atSelection: true },
    { elements, now: NOW },
  );
  await insertLiveElement(
    host,
    src,
    { element: 'top-lsoas', periodEnd: '2017-06' },
    { atSelection: true },
    { elements, now: NOW },
  );
  host.calls = 0;
  return host;
}

function maidstoneTotal(rows: Row[], from: string, to: string): number {
  return countRows(
    rows,
    (r) =>
      districtOf(r) === 'Maidstone' && r.type !== 'Anti-social behaviour' && r.month >= from && r.month <= to,
  );
}

/** Changes one piece of text inside document.xml, as an author typing would. */
function editDocumentText(bytes: Uint8Array, from: string, to: string, after = ''): Uint8Array {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  const start = xml.indexOf(after);
  const at = xml.indexOf(from, start);
  if (start < 0 || at < 0) throw new Error(`"${from}" is not in the document`);
  files['word/document.xml'] = new TextEncoder().encode(xml.slice(0, at) + to + xml.slice(at + from.length));
  return zipSync(files);
}

describe('insertLiveElement', () => {
  test('writes a tagged control with the table and its spec, default area and period end', async () => {
    const host = await withThreeRegions();
    const snapshot = readDocx(host.bytes, 'report.docx');
    const tags = snapshot.contentControls.map((c) => c.tag);
    expect(tags).toEqual([
      'cr:live:crime-by-category-yoy',
      'cr:live:figure-total-crime-change-pct',
      'cr:live:top-lsoas',
    ]);
    const { state } = readDocumentState(snapshot);
    const yoy = state.regions.find((r) => r.id === 'crime-by-category-yoy')!;
    expect(yoy).toMatchObject({
      element: 'crime-by-category-yoy',
      area: 'Maidstone', // named in the report's opening paragraph
      periodEnd: '2017-12', // the latest month in the source
      source: 'police.uk CSV: test',
      refreshedAt: NOW.toISOString(),
      options: { period: 'latest' },
    });
    expect(state.regions.find((r) => r.id === 'top-lsoas')?.options['period']).toBe('fixed');
    const total = yoy.values!.find((v) => v.where === 'Total recorded crime, last 12 months')!;
    expect(total.value).toBe(maidstoneTotal(first, '2017-01', '2017-12').toLocaleString('en-GB'));
    // The table sits after the anchor paragraph, in the document's order.
    const table = snapshot.contentControls[0]!;
    expect(snapshot.paragraphs[table.firstParagraph + 1]?.text).toMatch(
      /^Table 1: Recorded crime by category, Maidstone/,
    );
    expect(snapshot.paragraphs[table.firstParagraph - 1]?.text).toBe('Crime in the borough');
    expect(liveRegions(snapshot, { latestMonth: '2017-12' }).map((r) => r.status)).toEqual([
      'fresh',
      'fresh',
      'fresh',
    ]);
  });

  test('an unknown element or area is refused and nothing is written', async () => {
    const host = new DocxReportHost(body(), 'report.docx');
    const before = host.bytes;
    const src = await source(first);
    await expect(
      insertLiveElement(host, src, { element: 'chart:nothing' }, { atSelection: true }, { elements }),
    ).rejects.toThrow(/no live element/);
    await expect(
      insertLiveElement(
        host,
        src,
        { element: 'top-lsoas', area: 'Atlantis' },
        { atSelection: true },
        { elements },
      ),
    ).rejects.toThrow(/Atlantis/);
    expect(host.bytes).toBe(before);
  });
});

describe('refreshLiveRegions', () => {
  test('the same source twice: every region unchanged', async () => {
    const host = await withThreeRegions();
    const src = await source(first);
    for (let i = 0; i < 2; i++) {
      const report = await refreshLiveRegions(host, src, { elements, now: NOW });
      expect(report.regions.map((r) => [r.id, r.status, r.changes.length])).toEqual([
        ['crime-by-category-yoy', 'unchanged', 0],
        ['figure-total-crime-change-pct', 'unchanged', 0],
        ['top-lsoas', 'unchanged', 0],
      ]);
    }
    expect(host.calls).toBe(2); // one write per refresh (the refresh time)
  });

  test('new data: the regions following the latest month move on, with every change listed', async () => {
    const host = await withThreeRegions();
    const progress: number[] = [];
    const report = await refreshLiveRegions(host, await source(later), {
      elements,
      now: NOW,
      onProgress: (f) => progress.push(f),
    });
    expect(host.calls).toBe(1);
    expect(progress[progress.length - 1]).toBe(1);
    const yoy = report.regions.find((r) => r.id === 'crime-by-category-yoy')!;
    expect(yoy.status).toBe('changed');
    const oldTotal = maidstoneTotal(first, '2017-01', '2017-12');
    const newTotal = maidstoneTotal(later, '2017-02', '2018-01');
    expect(yoy.changes).toEqual(
      expect.arrayContaining([
        { where: 'Period', from: 'Jan 2017 – Dec 2017', to: 'Feb 2017 – Jan 2018' },
        {
          where: 'Total recorded crime, last 12 months',
          from: oldTotal.toLocaleString('en-GB'),
          to: newTotal.toLocaleString('en-GB'),
        },
      ]),
    );
    // A region with a fixed period end keeps it: same figures.
    expect(report.regions.find((r) => r.id === 'top-lsoas')?.status).toBe('unchanged');
    const snapshot = readDocx(host.bytes, 'report.docx');
    expect(
      readDocumentState(snapshot).state.regions.find((r) => r.id === 'crime-by-category-yoy')?.periodEnd,
    ).toBe('2018-01');
    expect(snapshot.paragraphs.some((p) => p.text.includes('Feb 2017 – Jan 2018'))).toBe(true);
    expect(liveRegions(snapshot).every((r) => r.status === 'fresh')).toBe(true);
  });

  test('a source that fails leaves the bytes exactly as they were, with the reason', async () => {
    const host = await withThreeRegions();
    const before = host.bytes;
    const failing: LiveSource = {
      label: 'two CSV files',
      load: () => Promise.reject(new Error('line 7: bad month "2017-13"')),
    };
    const report = await refreshLiveRegions(host, failing, { elements, now: NOW });
    expect(host.bytes).toBe(before);
    expect(host.calls).toBe(0);
    expect(report.sourceError).toMatch(/two CSV files.*2017-13/);
    expect(report.regions.every((r) => r.status === 'failed' && r.message === report.sourceError)).toBe(true);
  });

  test('a region edited by hand is skipped unless forced', async () => {
    const host = await withThreeRegions();
    const snapshot = readDocx(host.bytes, 'x.docx');
    const figure = snapshot.contentControls.find((c) => c.tag === 'cr:live:figure-total-crime-change-pct')!;
    const edited = new CountingHost(
      editDocumentText(
        host.bytes,
        'compared with the previous 12 months',
        'compared with last year',
        'w:val="cr:live:figure-total-crime-change-pct"',
      ),
      'r.docx',
    );
    expect(figure.text).toContain('compared with the previous 12 months');
    expect(
      (await listLiveRegions(edited)).find((r) => r.id === 'figure-total-crime-change-pct')?.status,
    ).toBe('edited');
    const skipped = await refreshLiveRegions(edited, await source(later), { elements, now: NOW });
    expect(skipped.regions.find((r) => r.id === 'figure-total-crime-change-pct')?.status).toBe(
      'skipped-edited',
    );
    expect(
      readDocx(edited.bytes, 'r.docx').paragraphs.some((p) => p.text.includes('compared with last year')),
    ).toBe(true);
    const forced = await refreshLiveRegions(edited, await source(later), {
      elements,
      now: NOW,
      force: ['figure-total-crime-change-pct'],
    });
    expect(forced.regions.find((r) => r.id === 'figure-total-crime-change-pct')?.status).toBe('changed');
    expect(
      readDocx(edited.bytes, 'r.docx').paragraphs.some((p) => p.text.includes('compared with last year')),
    ).toBe(false);
    // Its figures were all still there: the region as a whole is what the refresh overwrote.
    expect(forced.regions.find((r) => r.id === 'figure-total-crime-change-pct')?.changes[0]).toEqual({
      where: 'Whole region',
      from: 'changed by hand',
      to: 'recomputed values',
    });
  });

  test('a forced refresh names the figures typed over by hand, with the value they go back to', async () => {
    const host = await withThreeRegions();
    const snapshot = readDocx(host.bytes, 'x.docx');
    const spec = readDocumentState(snapshot).state.regions.find((r) => r.id === 'top-lsoas')!;
    const text = snapshot.contentControls.find((c) => c.tag === 'cr:live:top-lsoas')!.text;
    // A figure shown once in the table, typed over as an officer correcting it would.
    const figure = spec.values!.find(
      (f) => /^\d[\d,]{2,}$/.test(f.value) && text.split(f.value).length === 2,
    )!;
    const edited = new CountingHost(
      editDocumentText(host.bytes, `>${figure.value}<`, '>99999<', 'w:val="cr:live:top-lsoas"'),
      'r.docx',
    );
    const forced = await refreshLiveRegions(edited, await source(first), {
      elements,
      now: NOW,
      force: ['top-lsoas'],
    });
    const region = forced.regions.find((r) => r.id === 'top-lsoas')!;
    expect(region.status).toBe('changed');
    expect(region.changes).toEqual([{ where: figure.where, from: 'changed by hand', to: figure.value }]);

    // A figure with a digit typed after it ("46" → "460") is named too, though "46" is in "460".
    const appended = new CountingHost(
      editDocumentText(host.bytes, `>${figure.value}<`, `>${figure.value}0<`, 'w:val="cr:live:top-lsoas"'),
      'r.docx',
    );
    const again = await refreshLiveRegions(appended, await source(first), {
      elements,
      now: NOW,
      force: ['top-lsoas'],
    });
    expect(again.regions.find((r) => r.id === 'top-lsoas')!.changes).toEqual([
      { where: figure.where, from: 'changed by hand', to: figure.value },
    ]);
  });

  test('an element this version does not know is skipped with a reason', async () => {
    const host = await withThreeRegions();
    const files = unzipSync(host.bytes);
    const item = Object.keys(files).find((n) => /customXml\/item\d+\.xml$/.test(n))!;
    files[item] = new TextEncoder().encode(
      new TextDecoder().decode(files[item]).replace('element="top-lsoas"', 'element="chart:from-the-future"'),
    );
    const future = new DocxReportHost(zipSync(files), 'f.docx');
    const report = await refreshLiveRegions(future, await source(later), { elements, now: NOW });
    const region = report.regions.find((r) => r.id === 'top-lsoas')!;
    expect(region.status).toBe('skipped');
    expect(region.message).toMatch(/chart:from-the-future/);
  });
});

describe('the consultation summary in the catalogue', () => {
  const withSummary = elementCatalogue(builtInElements(), consultationElements());

  /** The three regions, the last one's spec naming the consultation summary. */
  async function withSummaryRegion(): Promise<DocxReportHost> {
    const host = await withThreeRegions();
    const files = unzipSync(host.bytes);
    const item = Object.keys(files).find((n) => /customXml\/item\d+\.xml$/.test(n))!;
    files[item] = new TextEncoder().encode(
      new TextDecoder().decode(files[item]).replace('element="top-lsoas"', 'element="consultation-summary"'),
    );
    return new DocxReportHost(zipSync(files), 'summary.docx');
  }

  test('a refresh from data leaves it as it was and says where it is refreshed', async () => {
    const host = await withSummaryRegion();
    const text = () =>
      readDocx(host.bytes, 'r.docx').contentControls.find((c) => c.tag === 'cr:live:top-lsoas')!.text;
    const before = text();
    const report = await refreshLiveRegions(host, await source(later), { elements: withSummary, now: NOW });
    const region = report.regions.find((r) => r.id === 'top-lsoas')!;
    expect(region.status).toBe('skipped');
    expect(region.message).toBe(
      'The consultation summary is refreshed from the comments (Consultation view, or council-report comments).',
    );
    expect(text()).toBe(before);
    // The other regions are refreshed as usual.
    expect(report.regions.find((r) => r.id === 'figure-total-crime-change-pct')?.status).toBe('changed');
  });

  test('a face whose catalogue lacks it reports an unknown element, not a crash', async () => {
    const host = await withSummaryRegion();
    const report = await refreshLiveRegions(host, await source(later), { elements, now: NOW });
    const region = report.regions.find((r) => r.id === 'top-lsoas')!;
    expect(region.status).toBe('skipped');
    expect(region.message).toMatch(/does not know the element "consultation-summary"/);
  });

  test('is not offered for insertion from data, and inserting it says where it comes from', async () => {
    expect(withSummary.list().map((e) => e.name)).not.toContain('consultation-summary');
    const host = new CountingHost(body(), 'report.docx');
    await expect(
      insertLiveElement(
        host,
        await source(first),
        { element: 'consultation-summary' },
        { atSelection: true },
        { elements: withSummary },
      ),
    ).rejects.toMatchObject({ code: 'live-element-from-comments', message: /Consultation view/ });
    expect(host.calls).toBe(0);
  });
});

describe('orphans', () => {
  test('a spec without its control, and a control without its spec, are reported and can be repaired', async () => {
    const host = await withThreeRegions();
    const { state } = readDocumentState(await host.readSnapshot());
    // Unlinking a region's control keeps its text as ordinary text and drops the record.
    await repairLiveRegion(host, 'figure-total-crime-change-pct', 'unlink-control');
    let regions = await listLiveRegions(host);
    expect(regions.map((r) => r.id)).toEqual(['crime-by-category-yoy', 'top-lsoas']);
    expect(
      readDocx(host.bytes, 'r.docx').paragraphs.some((p) =>
        p.text.startsWith('Total recorded crime in Maidstone'),
      ),
    ).toBe(true);
    expect(state.regions).toHaveLength(3);

    // Remove the top-lsoas control but keep its record: a record without a control.
    await host.writeRegions([{ kind: 'remove', tag: 'cr:live:top-lsoas', keepContent: false }], null);
    regions = await listLiveRegions(host);
    expect(regions.find((r) => r.id === 'top-lsoas')).toMatchObject({
      status: 'orphaned',
      orphan: 'no-control',
    });
    const report = await refreshLiveRegions(host, await source(first), { elements, now: NOW });
    expect(report.regions.find((r) => r.id === 'top-lsoas')?.status).toBe('orphaned');
    await repairLiveRegion(host, 'top-lsoas', 'remove-record');
    expect((await listLiveRegions(host)).map((r) => r.id)).toEqual(['crime-by-category-yoy']);

    // Drop every record: the yoy control has no record.
    const noRecords = '<cr:regions></cr:regions>';
    const files = unzipSync(host.bytes);
    const item = Object.keys(files).find((n) => /customXml\/item\d+\.xml$/.test(n))!;
    files[item] = new TextEncoder().encode(
      new TextDecoder().decode(files[item]).replace(/<cr:regions>.*<\/cr:regions>/s, noRecords),
    );
    const bare = new DocxReportHost(zipSync(files), 'b.docx');
    expect((await listLiveRegions(bare))[0]).toMatchObject({
      id: 'crime-by-category-yoy',
      status: 'orphaned',
      orphan: 'no-record',
    });
    await repairLiveRegion(bare, 'crime-by-category-yoy', 'unlink-control');
    const after = readDocx(bare.bytes, 'b.docx');
    expect(after.contentControls).toHaveLength(0);
    expect(after.paragraphs.some((p) => p.text.startsWith('Table 1: Recorded crime by category'))).toBe(true);
  });

  test('a pasted copy of a region (two controls, one tag) is reported as duplicated', async () => {
    const host = await withThreeRegions();
    const files = unzipSync(host.bytes);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const start = xml.indexOf('<w:sdt>');
    const control = xml.slice(start, xml.indexOf('</w:sdt>', start) + '</w:sdt>'.length);
    files['word/document.xml'] = new TextEncoder().encode(xml.replace(control, control + control));
    const pasted = new DocxReportHost(zipSync(files), 'p.docx');
    const region = (await listLiveRegions(pasted)).find((r) => r.id === 'crime-by-category-yoy')!;
    expect(region).toMatchObject({ status: 'orphaned', orphan: 'duplicate-controls' });
    const before = pasted.bytes;
    const report = await refreshLiveRegions(pasted, await source(later), { elements, now: NOW });
    expect(report.regions.find((r) => r.id === 'crime-by-category-yoy')?.status).toBe('orphaned');
    expect(pasted.bytes).not.toBe(before); // the others were refreshed
    await expect(removeLiveRegion(pasted, 'crime-by-category-yoy', true)).rejects.toThrow(/copies/);
  });
});
