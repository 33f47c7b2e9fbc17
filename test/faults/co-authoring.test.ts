/**
 * Co-authoring: what a co-author (or Word on the web's merge) can do to live regions between two
 * refreshes — copy a region (a duplicate control with the same tag and id), delete its control,
 * lose its record in the state part, or refresh it at the same time as someone else — and what a
 * refresh then does: report each one, overwrite none of them unasked, never add or drop a region
 * silently. Run on both hosts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  insertLiveElement,
  listLiveRegions,
  loadedSource,
  refreshLiveRegions,
  type LiveData,
} from '../../src/app/live';
import { sampleDataset, samplePopulation } from '../../src/core/data';
import type { ReportHost } from '../../src/core/report/host';
import { loadTemplate } from '../../src/cli/shared/templates';
import { DocxReportHost } from '../../src/docx/docx-host';
import { readDocx } from '../../src/docx/read/read-docx';
import { WordReportHost } from '../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord } from '../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../support/word-profile-suite';
import { builtInCatalogue } from '../support/elements';

const elements = builtInCatalogue();

const FILE = 'strategic-assessment-complete.docx';
const template = loadTemplate(null);
const NOW = new Date('2026-11-01T09:00:00Z');
const lines: string[] = [];
afterAll(() => process.stdout.write(`${lines.join('\n')}\n`));

let live: LiveData;
let withRegions: Uint8Array;

beforeAll(async () => {
  live = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
  const host = new DocxReportHost(
    new Uint8Array(readFileSync(join(__dirname, '../fixtures/reports', FILE))),
    FILE,
  );
  for (const [element, section] of [
    ['crime-by-category-yoy', 'risk'],
    ['figure:total-crime', 'introduction-background'],
  ] as const) {
    await insertLiveElement(
      host,
      loadedSource(live),
      { element, area: 'Maidstone', periodEnd: '2024-06', options: { period: 'latest' } },
      { section, template },
      { elements, now: NOW },
    );
  }
  withRegions = host.bytes;
});

/** Edits document.xml or the state part as a co-author's copy would arrive. */
function edited(
  bytes: Uint8Array,
  change: (documentXml: string, files: Record<string, Uint8Array>) => string,
): Uint8Array {
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(change(strFromU8(files['word/document.xml']!), files));
  return zipSync(files);
}

/** The block-level control of a region, as written. */
function regionSdt(xml: string, id: string): string {
  const tag = xml.indexOf(`w:val="cr:live:${id}"`);
  const start = xml.lastIndexOf('<w:sdt>', tag);
  const end = xml.indexOf('</w:sdt>', tag) + '</w:sdt>'.length;
  return xml.slice(start, end);
}

/** `text`'s package with the report's data part (`urn:council-report:v1`) taken from `state`. */
function withStatePartOf(text: Uint8Array, state: Uint8Array): Uint8Array {
  const files = unzipSync(text);
  const theirs = unzipSync(state);
  let replaced = 0;
  for (const [name, data] of Object.entries(files)) {
    if (name.startsWith('customXml/item') && strFromU8(data).includes('urn:council-report:v1')) {
      files[name] = theirs[name]!;
      replaced++;
    }
  }
  // The part itself and its properties part (which names the same namespace).
  expect(replaced).toBeGreaterThanOrEqual(1);
  return zipSync(files);
}

const SCENARIOS: { name: string; make(bytes: Uint8Array): Uint8Array; expect: string }[] = [
  {
    name: 'a region copied and pasted (duplicate control, same tag and id)',
    make: (bytes) =>
      edited(bytes, (xml) => {
        const sdt = regionSdt(xml, 'crime-by-category-yoy');
        return xml.replace(sdt, sdt + sdt);
      }),
    expect: 'duplicate-controls',
  },
  {
    name: 'a co-author deleted a region (its control is gone, its record stays)',
    make: (bytes) => edited(bytes, (xml) => xml.replace(regionSdt(xml, 'figure-total-crime'), '')),
    expect: 'no-control',
  },
  {
    name: 'the state part lost a region’s record (control without spec)',
    make: (bytes) =>
      edited(bytes, (xml, files) => {
        for (const [name, data] of Object.entries(files)) {
          const text = strFromU8(data);
          if (name.startsWith('customXml/item') && text.includes('urn:council-report:v1')) {
            files[name] = strToU8(
              text.replace(/<cr:region id="crime-by-category-yoy"[^>]*?(\/>|>[\s\S]*?<\/cr:region>)/, ''),
            );
          }
        }
        return xml;
      }),
    expect: 'no-record',
  },
];

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe.each(['docx', 'word'] as const)('co-authoring on the %s host', (kind) => {
    it.each(SCENARIOS)(
      '$name: reported, and a refresh writes around it without adding or dropping a region',
      async (scenario) => {
        const bytes = scenario.make(withRegions);
        const installed =
          kind === 'word'
            ? installFakeWord(fakeDocumentFromDocx(bytes, FILE), { profile: currentWordProfile() })
            : null;
        try {
          const host: ReportHost =
            kind === 'word' ? new WordReportHost(FILE) : new DocxReportHost(bytes, FILE);
          const regions = await listLiveRegions(host);
          const odd = regions.filter((r) => r.status === 'orphaned');
          expect(odd.map((r) => r.orphan)).toEqual([scenario.expect]);
          const controlsBefore = (await host.readSnapshot()).contentControls.filter((c) =>
            c.tag?.startsWith('cr:live:'),
          ).length;

          const report = await refreshLiveRegions(host, loadedSource(live), { elements, now: NOW });
          const outcome = report.regions.find((r) => r.id === odd[0]!.id);
          expect(outcome?.status).toBe('orphaned');
          expect(outcome?.message ?? '').not.toBe('');
          const after = await (kind === 'word' ? new WordReportHost(FILE) : host).readSnapshot();
          const controlsAfter = after.contentControls.filter((c) => c.tag?.startsWith('cr:live:')).length;
          expect(controlsAfter).toBe(controlsBefore);
          // Still reported afterwards: the refresh neither repaired nor dropped it on its own.
          const again = await listLiveRegions(kind === 'word' ? new WordReportHost(FILE) : host);
          expect(again.filter((r) => r.status === 'orphaned').map((r) => [r.id, r.orphan])).toEqual([
            [odd[0]!.id, scenario.expect],
          ]);
          if (host instanceof DocxReportHost)
            expect(readDocx(host.bytes, FILE).warnings).toEqual(readDocx(bytes, FILE).warnings);
          lines.push(
            `co-authoring ${kind}: ${scenario.name} -> reported ${scenario.expect}; refresh: ${report.regions.map((r) => `${r.id} ${r.status}`).join(', ')}`,
          );
        } finally {
          installed?.uninstall();
        }
      },
    );

    /**
     * Two people refresh the same region at once, each with their own data (here: two seeds of the
     * sample). Word on the web merges the region's text and the data part separately, so the worst
     * merge has one person's table and the other's record. That must show as changed by hand (the
     * text is not what the record says was written), be skipped by a refresh rather than silently
     * kept or overwritten, and be put right by a forced refresh: one control, its record agreeing.
     */
    it.each([
      ['A’s table with B’s record', 'a', 'b'],
      ['B’s table with A’s record', 'b', 'a'],
    ] as const)(
      'two people refresh the same region at once (%s): edited, skipped, repaired by force',
      async (_, textFrom, recordFrom) => {
        const refreshedBy = async (seed: number): Promise<Uint8Array> => {
          // Each person's copy is made with the .docx host (the fake cannot save a package).
          const copy = new DocxReportHost(withRegions, FILE);
          const source = loadedSource({ ...live, data: sampleDataset({ seed }) });
          const report = await refreshLiveRegions(copy, source, { elements, now: NOW });
          expect(report.regions.find((r) => r.id === 'crime-by-category-yoy')?.status).toBe('changed');
          return copy.bytes;
        };
        const versions = { a: await refreshedBy(7), b: await refreshedBy(9) };
        const merged = withStatePartOf(versions[textFrom], versions[recordFrom]);

        const installed =
          kind === 'word'
            ? installFakeWord(fakeDocumentFromDocx(merged, FILE), { profile: currentWordProfile() })
            : null;
        try {
          const docx = new DocxReportHost(merged, FILE);
          const open = (): ReportHost => (kind === 'word' ? new WordReportHost(FILE) : docx);
          const tableText = async (): Promise<string[]> =>
            (await open().readSnapshot()).contentControls
              .filter((c) => c.tag === 'cr:live:crime-by-category-yoy')
              .map((c) => c.text);
          // Both people refreshed every region, so the figure is merged crosswise too (if it differs).
          const regions = await listLiveRegions(open());
          expect(regions.find((r) => r.id === 'crime-by-category-yoy')?.status).toBe('edited');
          const tableBefore = await tableText();
          expect(tableBefore).toHaveLength(1);

          const skipped = await refreshLiveRegions(open(), loadedSource(live), { elements, now: NOW });
          expect(skipped.regions.find((r) => r.id === 'crime-by-category-yoy')?.status).toBe(
            'skipped-edited',
          );
          expect(await tableText()).toEqual(tableBefore);

          const forced = await refreshLiveRegions(open(), loadedSource(live), {
            elements,
            now: NOW,
            force: true,
          });
          expect(forced.regions.find((r) => r.id === 'crime-by-category-yoy')?.status).toBe('changed');
          const repaired = await tableText();
          expect(repaired).toHaveLength(1);
          expect(repaired).not.toEqual(tableBefore);
          const after = await listLiveRegions(open());
          expect(after).toHaveLength(2);
          expect(after.map((r) => r.status)).toEqual(['fresh', 'fresh']);
          const again = await refreshLiveRegions(open(), loadedSource(live), { elements, now: NOW });
          expect(again.regions.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
          lines.push(
            `co-authoring ${kind}: two refreshes merged (${_}) -> edited; refresh skipped it; forced refresh repaired it`,
          );
        } finally {
          installed?.uninstall();
        }
      },
    );
  });
});
