/**
 * The live-data use cases (app/live) through both hosts: inserting elements and refreshing them
 * gives the same document (paragraphs, tables, content controls, the state part), the same
 * refresh report and the same findings on the .docx host and on the Word host over the fake Word.
 * On Word, each use case costs a fixed number of round trips: refreshing 1 region and 30 regions
 * take the same number of syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  insertLiveElement,
  listLiveRegions,
  loadedSource,
  refreshLiveRegions,
  type LiveData,
} from '../../src/app/live';
import { sampleDataset, samplePopulation } from '../../src/core/data';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { checkSnapshot } from '../../src/core/template/check';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { asWordSeesIt, comparable } from './comparable';
import { DOCX_HOST, WORD_HOST, type HostUnderTest, type OpenedHost } from './hosts';
import type { NotInWordApi } from '../support/fake-word';
import { inEachWordProfile } from '../support/word-profile-suite';
import { builtInCatalogue } from '../support/elements';

const elements = builtInCatalogue();

const FILE = join(
  __dirname,
  '../fixtures/word-made/OpenXmlDev__Open-Xml-PowerTools/HC031-Complicated-Document.docx',
);
const template = getTemplate(DEFAULT_TEMPLATE_ID);
const NOTHING_HIDDEN: NotInWordApi = { pictures: [], commentIds: [], paragraphsWithDeletedText: [] };
const NOW = new Date('2026-01-12T09:30:00Z');

let sample: LiveData;
let newer: LiveData;
beforeAll(() => {
  sample = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
  // The same shape of data with other figures and one more month: what next month's download brings.
  const later = sampleDataset({ seed: 7, endMonth: '2025-10' });
  newer = { data: later, population: samplePopulation(), source: 'sample' };
});

function open(host: HostUnderTest, wordApi = '1.4'): OpenedHost {
  // WordApi 1.4 is what the manifest requires: nothing the use cases do may need more.
  return host.open(new Uint8Array(readFileSync(FILE)), 'HC031.docx', { deletedText: 'hidden', wordApi });
}

/** Plain body paragraphs outside tables and controls, to insert after. */
function anchors(snapshot: ReportSnapshot, count: number) {
  const inControl = new Set(
    snapshot.contentControls.flatMap((c) =>
      Array.from({ length: c.lastParagraph - c.firstParagraph + 1 }, (_, i) => c.firstParagraph + i),
    ),
  );
  const plain = snapshot.paragraphs.filter(
    (p) => p.cell === null && !inControl.has(p.index) && p.text.trim() !== '' && !p.boldOnly,
  );
  expect(plain.length).toBeGreaterThanOrEqual(count);
  // Spread out, from the end so earlier inserts do not move later anchors.
  const step = Math.max(1, Math.floor(plain.length / count));
  return Array.from({ length: count }, (_, i) => plain[i * step]!)
    .reverse()
    .map((p) => ({ anchor: { paragraph: p.index, text: p.text }, location: 'After' as const }));
}

const ELEMENTS = ['crime-by-category-yoy', 'figure:total-crime', 'rate-per-1000-by-district', 'top-lsoas'];

/**
 * Inserts `count` regions, cycling through the elements; returns the syncs of each insert. The
 * places are found on the .docx host's reading, so both hosts get exactly the same requests.
 */
async function insertRegions(opened: OpenedHost, count: number): Promise<number[]> {
  const reference = open(DOCX_HOST);
  const places = anchors(await reference.host.readSnapshot(), count);
  reference.close();
  const syncs: number[] = [];
  for (const [i, place] of places.entries()) {
    const before = opened.syncs();
    await insertLiveElement(
      opened.host,
      loadedSource(sample),
      { element: ELEMENTS[i % ELEMENTS.length]!, area: 'Maidstone', id: `r${i + 1}` },
      place,
      { elements, now: NOW },
    );
    syncs.push(opened.syncs() - before);
  }
  return syncs;
}

function hiddenAfterWrites(docx: ReportSnapshot, hidden: NotInWordApi | null): NotInWordApi {
  const names = new Set((hidden?.pictures ?? []).map((p) => p.name));
  return {
    ...NOTHING_HIDDEN,
    pictures: docx.pictures
      .filter((p) => names.has(p.name))
      .map((p) => ({ paragraph: p.paragraph, name: p.name, why: 'not an inline picture' })),
  };
}

/**
 * Without WordApi 1.6 the Word host places the document's other content controls by matching
 * paragraph text, and this file repeats texts, so only the live regions' controls are compared
 * there (the read says so in a warning: see word-features.ts).
 */
function expectSameDocument(
  docx: ReportSnapshot,
  word: ReportSnapshot,
  hidden: NotInWordApi | null,
  wordApi: string,
): void {
  const expected = comparable(docx, NOTHING_HIDDEN, 'docx');
  const actual = comparable(word, NOTHING_HIDDEN, 'word');
  expect(actual.paragraphs).toEqual(expected.paragraphs);
  expect(actual.tables).toEqual(expected.tables);
  const live = (controls: typeof expected.contentControls) =>
    wordApi === '1.4' ? controls.filter((c) => c.tag?.startsWith('cr:live:')) : controls;
  expect(live(actual.contentControls)).toEqual(live(expected.contentControls));
  expect(live(expected.contentControls).length).toBeGreaterThan(0);
  expect(actual.customXmlParts).toEqual(expected.customXmlParts);
  expect(checkSnapshot(word, template)).toEqual(
    checkSnapshot(asWordSeesIt(docx, hiddenAfterWrites(docx, hidden)), template),
  );
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe.each(['1.4', '1.6'])('live-data use cases on both hosts (Word with WordApi %s)', (wordApi) => {
    test('insert four elements, refresh with the same data (all unchanged), then with newer data (a diff): the same on both', async () => {
      const runs: {
        snapshot: ReportSnapshot;
        first: unknown;
        second: unknown;
        hidden: NotInWordApi | null;
      }[] = [];
      for (const host of [DOCX_HOST, WORD_HOST]) {
        const opened = open(host, wordApi);
        try {
          const syncs = await insertRegions(opened, 4);
          if (host.kind === 'word') expect(new Set(syncs)).toEqual(new Set([syncs[0]]));
          const first = await refreshLiveRegions(opened.host, loadedSource(sample), { elements, now: NOW });
          expect(first.regions.map((r) => r.status)).toEqual([
            'unchanged',
            'unchanged',
            'unchanged',
            'unchanged',
          ]);
          const second = await refreshLiveRegions(opened.host, loadedSource(newer), { elements, now: NOW });
          expect(second.regions.filter((r) => r.status === 'changed').length).toBeGreaterThan(0);
          expect(second.regions.flatMap((r) => r.changes).length).toBeGreaterThan(0);
          runs.push({ snapshot: await opened.host.readSnapshot(), first, second, hidden: opened.notVisible });
        } finally {
          opened.close();
        }
      }
      const [docx, word] = runs as [(typeof runs)[0], (typeof runs)[0]];
      expect(word.first).toEqual(docx.first);
      expect(word.second).toEqual(docx.second);
      expectSameDocument(docx.snapshot, word.snapshot, word.hidden, wordApi);
    });

    test('the list of regions and their status is the same on both hosts', async () => {
      const lists = [];
      for (const host of [DOCX_HOST, WORD_HOST]) {
        const opened = open(host, wordApi);
        try {
          await insertRegions(opened, 3);
          const regions = await listLiveRegions(opened.host, { latestMonth: newer.data.latestMonth });
          lists.push(
            regions.map((r) => ({
              id: r.id,
              element: r.element,
              title: r.title,
              status: r.status,
              detail: r.detail,
            })),
          );
        } finally {
          opened.close();
        }
      }
      expect(lists[1]).toEqual(lists[0]);
      expect(lists[0]!.map((r) => r.status)).toEqual(['stale', 'stale', 'stale']);
    });
  });

  describe('round trips to Word', () => {
    async function refreshSyncs(
      regions: number,
    ): Promise<{ insert: number[]; refresh: number; changed: number }> {
      const opened = open(WORD_HOST);
      try {
        const insert = await insertRegions(opened, regions);
        const before = opened.syncs();
        const report = await refreshLiveRegions(opened.host, loadedSource(newer), { elements, now: NOW });
        return {
          insert,
          refresh: opened.syncs() - before,
          changed: report.regions.filter((r) => r.status === 'changed').length,
        };
      } finally {
        opened.close();
      }
    }

    test('refreshing 1 region and 30 regions take the same number of syncs (one read, one write)', async () => {
      const one = await refreshSyncs(1);
      const thirty = await refreshSyncs(30);
      expect(thirty.changed).toBeGreaterThanOrEqual(20);
      expect(one.changed).toBe(1);
      expect(thirty.refresh).toBe(one.refresh);
      // readSnapshot (2 syncs) + writeRegions (2 syncs).
      expect(one.refresh).toBe(4);
      expect(new Set([...one.insert, ...thirty.insert])).toEqual(new Set([4]));
    });
  });
});
