/**
 * Live regions whose packages add up to more than Office on the web takes in one request (5 MB:
 * the fake's "Word on the web" refuses a larger sync whole with RequestPayloadSizeLimitExceeded).
 * The writes go over as many syncs as needed, at most about 4 MB each, each region whole in one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionWrite } from '../../../../src/core/report/host';
import { liveTag } from '../../../../src/ooxml/content-control';
import { requestGroups, REQUEST_BYTES_PER_SYNC } from '../../../../src/word/write/region-writes';
import { WordReportHost } from '../../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, WORD_ON_THE_WEB } from '../../../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../../../support/word-profile-suite';
import { tableContent } from '../../../support/region-content';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-complete.docx');
const MB = 1024 * 1024;

function region(id: string, anchor: { paragraph: number; text: string }, pictureBytes: number): RegionWrite {
  const bytes = Uint8Array.from({ length: pictureBytes }, (_, i) => (i * 31 + id.length) % 251);
  return {
    kind: 'insert',
    tag: liveTag(id),
    title: `Live table ${id}`,
    place: { anchor, location: 'After' },
    content: {
      blocks: [
        ...tableContent({
          caption: `Recorded crime, region ${id}`,
          columns: [
            { header: 'Crime type', align: 'left' },
            { header: 'Count', align: 'right' },
          ],
          rows: [{ cells: ['Burglary', '100'] }],
          source: 'Synthetic sample data — not real figures',
        }).blocks,
        {
          kind: 'picture',
          png: bytes,
          widthPx: 1200,
          heightPx: 600,
          widthInches: 6,
          name: `Chart ${id}`,
          title: `Recorded crime, region ${id}`,
          description: 'A large picture',
          drawingKey: `${liveTag(id)}#picture`,
        },
      ],
    },
  };
}

test('groups: in order, at most 4 MB each, a larger write on its own', () => {
  const sizes = [3 * MB, 2 * MB, 1 * MB, 5 * MB, 1];
  const groups = requestGroups(sizes.map((bytes, i) => ({ bytes, i })));
  expect(groups.map((g) => g.map((w) => w.i))).toEqual([[0], [1, 2], [3], [4]]);
  for (const g of groups) {
    if (g.length > 1) expect(g.reduce((s, w) => s + w.bytes, 0)).toBeLessThanOrEqual(REQUEST_BYTES_PER_SYNC);
  }
});

inEachWordProfile(() => {
  test('three regions with 2 MB pictures each: written over three syncs, all there', async () => {
    const doc = fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'complete.docx');
    const { fake, uninstall } = installFakeWord(doc, { wordApi: '1.4', profile: currentWordProfile() });
    try {
      const snapshot = await new WordReportHost().readSnapshot();
      fake.resetCounts();
      const anchor = snapshot.paragraphs.find((p) => p.cell === null && p.text.trim() !== '')!;
      const writes = ['a', 'b', 'c'].map((id) =>
        region(id, { paragraph: anchor.index, text: anchor.text }, 2 * MB),
      );
      await new WordReportHost().writeRegions(writes, null);
      // One read, then the writes in groups under 4 MB (one region each here), the last with the read-back.
      expect(fake.syncsPerRun).toEqual([1 + 3]);
      const tags = fake.document.contentControls.map((c) => c.tag).filter((t) => t.startsWith('cr:live:'));
      expect(tags.sort()).toEqual(['cr:live:a', 'cr:live:b', 'cr:live:c']);
    } finally {
      uninstall();
    }
  });
});

test('Word on the web refuses one request over 5 MB: the fake is faithful to the limit', async () => {
  const doc = fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'complete.docx');
  const { uninstall } = installFakeWord(doc, { wordApi: '1.4', profile: WORD_ON_THE_WEB });
  try {
    await expect(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertParagraph('x'.repeat(6 * MB), 'After');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(doc.paragraphs.some((p) => p.text.length > MB)).toBe(false);
  } finally {
    uninstall();
  }
});

test('one region over 5 MB on the web: the officer is told it is too large, and nothing is written', async () => {
  const doc = fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'complete.docx');
  const { uninstall } = installFakeWord(doc, { wordApi: '1.4', profile: WORD_ON_THE_WEB });
  try {
    const snapshot = await new WordReportHost().readSnapshot();
    const anchor = snapshot.paragraphs.find((p) => p.cell === null && p.text.trim() !== '')!;
    const before = doc.paragraphs.length;
    const error = await new WordReportHost()
      .writeRegions([region('big', { paragraph: anchor.index, text: anchor.text }, 4 * MB)], null)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /A live region is too large for Word on the web.*Nothing in the report was changed/,
    );
    expect(doc.paragraphs.length).toBe(before);
  } finally {
    uninstall();
  }
});
