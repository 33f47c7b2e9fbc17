/**
 * After every region write the Word host reads each region back in the same final sync and never
 * lets a region look up to date when Word did not write it as sent. Each reported insertOoxml
 * fault is switched on in the fake (see profiles.ts), in both profiles:
 *
 * - an extra empty paragraph (office-js-docs #874): ignored, still two syncs;
 * - a second copy (#1914; docs #874): the copy is taken out again (one more sync);
 * - a table row dropped (#6752) or a refresh written twice: not a failure (the rest of the change
 *   and the state part are written), but the region comes back in the outcome's `notAsWritten` for
 *   the officer to look at, and the next check calls it edited;
 * - GeneralException (#3271, web): nothing is left half-written, and the officer is told.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, valuesHash } from '../../../../src/core/live/region-text';
import type { RegionContent } from '../../../../src/core/content/blocks';
import type { RegionWrite } from '../../../../src/core/report/host';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { liveTag } from '../../../../src/ooxml/content-control';
import { emptyReportState, type ReportState } from '../../../../src/ooxml/custom-xml-part';
import { tableContent, regionSpec } from '../../../support/region-content';
import { WordReportHost } from '../../../../src/word/word-host';
import {
  fakeDocumentFromDocx,
  installFakeWord,
  WORD_PROFILES,
  type InstalledFakeWord,
  type WordBehaviours,
} from '../../../support/fake-word';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-complete.docx');

let installed: InstalledFakeWord | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function table(figure: number): RegionContent {
  return tableContent({
    caption: 'Recorded crime',
    columns: [
      { header: 'Crime type', align: 'left' },
      { header: 'Count', align: 'right' },
    ],
    rows: [{ cells: ['Burglary', String(figure)] }, { cells: ['Total', String(figure * 2)], kind: 'total' }],
    source: 'Synthetic sample data — not real figures',
  });
}

/** The report's state as the use cases hand it to the host: the one region's spec. */
const state: ReportState = {
  ...emptyReportState(),
  regions: [regionSpec({ id: 'r1' })],
};
const TAG = liveTag('r1');

async function read(): Promise<ReportSnapshot> {
  const snapshot = await new WordReportHost().readSnapshot();
  installed!.fake.resetCounts();
  return snapshot;
}

function insertOf(snapshot: ReportSnapshot, figure: number): RegionWrite {
  const p = snapshot.paragraphs.find((x) => x.cell === null && x.text.trim() !== '' && x.index > 3)!;
  return {
    kind: 'insert',
    tag: TAG,
    title: 'Live table 1',
    place: { anchor: { paragraph: p.index, text: p.text }, location: 'After' },
    content: table(figure),
  };
}

const ours = (s: ReportSnapshot) => s.contentControls.filter((c) => c.tag === TAG);

describe.each(WORD_PROFILES)('reading each region back in $name', (profile) => {
  function open(behaviours: Partial<WordBehaviours> = {}) {
    installed = installFakeWord(fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'c.docx'), {
      wordApi: '1.4',
      profile,
      behaviours,
    });
  }

  test('a clean insert and refresh: two syncs each, the region as sent', async () => {
    open();
    const host = new WordReportHost();
    await host.writeRegions([insertOf(await read(), 100)], state);
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    await read();
    await host.writeRegions([{ kind: 'replace', tag: TAG, content: table(200) }], state);
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    const [control] = ours(await read());
    expect(valuesHash(control!.text)).toBe(contentHash(table(200)));
  });

  test('an extra empty paragraph from a Replace (docs #874) is ignored: still two syncs, no complaint', async () => {
    open();
    const host = new WordReportHost();
    await host.writeRegions([insertOf(await read(), 100)], state);
    installed!.fake.behaviours.ooxmlExtraEmptyParagraph = true;
    await read();
    await host.writeRegions([{ kind: 'replace', tag: TAG, content: table(200) }], state);
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    const [control] = ours(await read());
    // The control really holds the extra paragraph, and its values still match what was sent.
    expect(control!.lastParagraph - control!.firstParagraph).toBeGreaterThan(0);
    expect(valuesHash(control!.text)).toBe(contentHash(table(200)));
  });

  test('a second copy of a new region (#1914) is taken out again, one more sync', async () => {
    open({ ooxmlDuplicateCopy: true });
    const host = new WordReportHost();
    await host.writeRegions([insertOf(await read(), 100)], state);
    expect(installed!.fake.syncsPerRun).toEqual([3]);
    const after = await read();
    expect(ours(after)).toHaveLength(1);
    expect(after.tables.filter((t) => t.rows[1]?.cells[1]?.text === '100')).toHaveLength(1);
  });

  test('a refresh Word writes twice inside the control is reported, never left looking up to date', async () => {
    open();
    const host = new WordReportHost();
    await host.writeRegions([insertOf(await read(), 100)], state);
    installed!.fake.behaviours.ooxmlDuplicateCopy = true;
    await read();
    const refreshed: ReportState = {
      ...state,
      regions: [regionSpec({ id: 'r1', refreshedAt: '2026-12-05T03:00:00Z' })],
    };
    // Not a failure: the change was made, and the region is named for the officer to look at.
    expect(await host.writeRegions([{ kind: 'replace', tag: TAG, content: table(200) }], refreshed)).toEqual({
      notAsWritten: [{ tag: TAG, name: TAG }],
    });
    const after = await read();
    const [control] = ours(after);
    expect(valuesHash(control!.text)).not.toBe(contentHash(table(200)));
    // The report's record was written too, so the region now reads as edited by hand.
    expect(after.reportState.state.regions.map((r) => r.refreshedAt)).toEqual(['2026-12-05T03:00:00Z']);
  });

  test('a table row Word dropped (#6752) is returned with the region named; the record is written', async () => {
    open({ ooxmlDropsTableRow: true });
    const host = new WordReportHost();
    expect(await host.writeRegions([insertOf(await read(), 100)], state)).toEqual({
      notAsWritten: [{ tag: TAG, name: 'Live table 1' }],
    });
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    const after = await read();
    expect(ours(after)).toHaveLength(1);
    expect(after.reportState.state.regions.map((r) => r.id)).toEqual(['r1']);
  });

  test('a region written as sent is not named', async () => {
    open();
    expect(await new WordReportHost().writeRegions([insertOf(await read(), 100)], state)).toEqual({
      notAsWritten: [],
    });
  });

  test('GeneralException from insertOoxml (#3271): nothing written, and the officer is told so', async () => {
    open({ ooxmlGeneralException: true });
    const before = await read();
    await expect(new WordReportHost().writeRegions([insertOf(before, 100)], state)).rejects.toMatchObject({
      message: expect.stringMatching(/Nothing in the report was changed/),
    });
    const after = await read();
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(ours(after)).toHaveLength(0);
  });
});
