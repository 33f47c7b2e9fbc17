/**
 * Writing into a report with Track Changes on. Word marks what an add-in writes while tracking is
 * on as tracked changes (and insertOoxml may mark untouched text as deleted and re-inserted:
 * office-js #334); the fake records such writes in `document.trackedWrites`. The officer chooses:
 * with tracking (Word's default) or without, which switches tracking off for the writes and back
 * on after them in the same final sync, so each change keeps its two syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionWrite } from '../../../../src/core/report/host';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { liveTag } from '../../../../src/ooxml/content-control';
import type { RegionContent } from '../../../../src/core/content/blocks';
import { contentWordRefuses, tableContent } from '../../../support/region-content';
import { WordReportHost } from '../../../../src/word/word-host';
import { WordWriteError } from '../../../../src/word/word-errors';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../../../support/word-profile-suite';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-complete.docx');

let installed: InstalledFakeWord | undefined;
function install(mode: 'Off' | 'TrackAll' | 'TrackMineOnly') {
  const doc = fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'complete.docx');
  doc.changeTrackingMode = mode;
  installed = installFakeWord(doc, { wordApi: '1.4', profile: currentWordProfile() });
  return installed;
}
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function host(trackWrites: boolean): WordReportHost {
  const h = new WordReportHost();
  h.trackWrites = trackWrites;
  return h;
}

async function read(): Promise<ReportSnapshot> {
  const snapshot = await new WordReportHost().readSnapshot();
  installed!.fake.resetCounts();
  return snapshot;
}

function anchorParagraph(snapshot: ReportSnapshot) {
  const inControl = new Set(
    snapshot.contentControls.flatMap((c) =>
      Array.from({ length: c.lastParagraph - c.firstParagraph + 1 }, (_, i) => c.firstParagraph + i),
    ),
  );
  const p = snapshot.paragraphs.find(
    (q) => q.cell === null && !inControl.has(q.index) && q.text.trim() !== '',
  )!;
  return { paragraph: p.index, text: p.text };
}

function insert(
  snapshot: ReportSnapshot,
  id: string,
  content?: RegionContent,
): Extract<RegionWrite, { kind: 'insert' }> {
  return {
    kind: 'insert',
    tag: liveTag(id),
    title: `Live table ${id}`,
    place: { anchor: anchorParagraph(snapshot), location: 'After' },
    content:
      content ??
      tableContent({
        caption: `Recorded crime, region ${id}`,
        columns: [
          { header: 'Crime type', align: 'left' },
          { header: 'Count', align: 'right' },
        ],
        rows: [{ cells: ['Burglary', '100'] }],
        source: 'Synthetic sample data — not real figures',
      }),
  };
}

afterEach(() => jest.restoreAllMocks());

inEachWordProfile(() => {
  test('the check reads whether Track Changes is on, in its usual two syncs', async () => {
    install('TrackMineOnly');
    const snapshot = await new WordReportHost().readSnapshot();
    expect(snapshot.trackChanges).toBe(true);
    expect(installed!.fake.syncCount).toBe(2);
    installed!.uninstall();
    install('Off');
    expect((await new WordReportHost().readSnapshot()).trackChanges).toBe(false);
  });

  test('with tracking (Word’s default): the live table is written as a tracked change, tracking stays on', async () => {
    const { fake } = install('TrackAll');
    await host(true).writeRegions([insert(await read(), 'a')], null);
    expect(fake.syncsPerRun).toEqual([2]);
    expect(fake.document.trackedWrites).toEqual(['Range.insertOoxml']);
    expect(fake.document.changeTrackingMode).toBe('TrackAll');
  });

  test.each(['TrackAll', 'TrackMineOnly'] as const)(
    'without tracking (%s): nothing is tracked, the mode is put back, still two syncs',
    async (mode) => {
      const { fake } = install(mode);
      const h = host(false);
      await h.writeRegions([insert(await read(), 'a')], null);
      expect(fake.syncsPerRun).toEqual([2]);
      expect(fake.document.trackedWrites ?? []).toEqual([]);
      expect(fake.document.changeTrackingMode).toBe(mode);
      // The refresh too.
      fake.resetCounts();
      const refresh: RegionWrite = {
        kind: 'replace',
        tag: liveTag('a'),
        content: insert(await read(), 'a').content,
      };
      await h.writeRegions([refresh], null);
      expect(fake.document.trackedWrites ?? []).toEqual([]);
      expect(fake.document.changeTrackingMode).toBe(mode);
    },
  );

  test('a missing section inserted without tracking: no tracked paragraphs, tracking back on, two syncs', async () => {
    const { fake } = install('TrackAll');
    const anchor = anchorParagraph(await read());
    await host(false).insertParagraphs(anchor, 'After', [
      { text: 'Risk management', styleBuiltIn: 'Heading1', bold: null },
      { text: 'To follow.', styleBuiltIn: 'Normal', bold: null },
    ]);
    expect(fake.syncsPerRun).toEqual([2]);
    expect(fake.document.trackedWrites ?? []).toEqual([]);
    expect(fake.document.changeTrackingMode).toBe('TrackAll');

    await host(true).insertParagraphs(anchor, 'After', [
      { text: 'Tracked', styleBuiltIn: 'Normal', bold: null },
    ]);
    expect(fake.document.trackedWrites).toContain('Paragraph.insertParagraph');
  });

  test('with tracking off already, nothing is switched: the write is as before', async () => {
    const { fake } = install('Off');
    await host(false).writeRegions([insert(await read(), 'a')], null);
    expect(fake.document.changeTrackingMode).toBe('Off');
    expect(fake.document.trackedWrites ?? []).toEqual([]);
  });

  test('Word failing part-way through an untracked write: the table is taken out and tracking is back on', async () => {
    const { fake } = install('TrackAll');
    const snapshot = await read();
    const writes = [insert(snapshot, 'a'), { ...insert(snapshot, 'b', contentWordRefuses()) }];
    const error = await host(false)
      .writeRegions(writes, null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordWriteError);
    expect(fake.document.changeTrackingMode).toBe('TrackAll');
    expect(fake.document.contentControls.filter((c) => c.tag.startsWith('cr:live:'))).toEqual([]);
  });
});
