/**
 * Live charts through both hosts: inserting a chart and refreshing it gives the same document
 * (caption and source paragraphs, the picture with its alt text, the tagged control, the state
 * part) and the same refresh report on the .docx host and on the Word host over the fake Word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertLiveElement, loadedSource, refreshLiveRegions, type LiveData } from '../../src/app/live';
import { sampleDataset, samplePopulation } from '../../src/core/data';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { comparable } from './comparable';
import { DOCX_HOST, WORD_HOST } from './hosts';
import type { NotInWordApi } from '../support/fake-word';
import { inEachWordProfile } from '../support/word-profile-suite';
import { nodeCatalogue } from '../support/elements';

// A Word-made file (styles with a default paragraph style, as every Word document has).
const FILE = join(
  __dirname,
  '../fixtures/word-made/OpenXmlDev__Open-Xml-PowerTools/HC031-Complicated-Document.docx',
);
const NOTHING_HIDDEN: NotInWordApi = { pictures: [], commentIds: [], paragraphsWithDeletedText: [] };
const NOW = new Date('2026-01-12T09:30:00Z');
const elements = nodeCatalogue();

let sample: LiveData;
let newer: LiveData;
beforeAll(() => {
  sample = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
  newer = {
    data: sampleDataset({ seed: 7, endMonth: '2025-10' }),
    population: samplePopulation(),
    source: 'sample',
  };
});

function view(snapshot: ReportSnapshot, kind: 'docx' | 'word') {
  const c = comparable(snapshot, NOTHING_HIDDEN, kind);
  return {
    paragraphs: c.paragraphs,
    controls: c.contentControls.filter((control) => control.tag?.startsWith('cr:live:')),
    // Ours (the file's own floating pictures are not inline pictures to Word); Word's API gives a
    // picture's alt text, not its name.
    pictures: snapshot.pictures
      .filter((p) => p.title?.startsWith('Recorded crime'))
      .map((p) => ({ paragraph: p.paragraph, title: p.title, altText: p.altText })),
    parts: c.customXmlParts,
  };
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  test('insert a chart, refresh with newer data: the same document and report on both hosts', async () => {
    const results = [];
    for (const host of [DOCX_HOST, WORD_HOST]) {
      const opened = host.open(new Uint8Array(readFileSync(FILE)), 'sa.docx', {
        deletedText: 'hidden',
        wordApi: '1.4',
      });
      try {
        const snapshot = await opened.host.readSnapshot();
        const inControl = new Set(
          snapshot.contentControls.flatMap((c) => [c.firstParagraph, c.lastParagraph]),
        );
        const at = snapshot.paragraphs.find(
          (p) => p.cell === null && p.text.trim() !== '' && !p.boldOnly && !inControl.has(p.index),
        )!;
        await insertLiveElement(
          opened.host,
          loadedSource(sample),
          { element: 'chart:spc-total-crime', area: 'Maidstone', id: 'spc' },
          { anchor: { paragraph: at.index, text: at.text }, location: 'After' },
          { elements, now: NOW },
        );
        const inserted = view(await opened.host.readSnapshot(), host.kind);
        const report = await refreshLiveRegions(opened.host, loadedSource(newer), { elements, now: NOW });
        results.push({ inserted, report, refreshed: view(await opened.host.readSnapshot(), host.kind) });
      } finally {
        opened.close();
      }
    }
    const [docx, word] = results;
    expect(docx!.inserted.pictures).toHaveLength(1);
    expect(docx!.inserted.pictures[0]!.title).toMatch(
      /^Recorded crime by month with control limits, Maidstone/,
    );
    expect(word!.inserted).toEqual(docx!.inserted);
    expect(docx!.report.regions.map((r) => r.status)).toEqual(['changed']);
    expect(word!.report).toEqual(docx!.report);
    expect(word!.refreshed).toEqual(docx!.refreshed);
  });
});
