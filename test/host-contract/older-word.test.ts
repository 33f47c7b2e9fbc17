/**
 * On a Word without WordApi 1.6 (no `Paragraph.uniqueLocalId`) the Word host places comments,
 * content controls and pictures by matching paragraph text. Over the same fixtures, everything
 * else reads as on a newer Word; a placement may move only to a paragraph with the same text, and
 * then a warning says so.
 */
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { contractFixtures } from './fixtures';
import { WORD_HOST } from './hosts';
import { inEachWordProfile } from '../support/word-profile-suite';

const fixtures = contractFixtures();

async function readInWord(bytes: Uint8Array, name: string, wordApi: string) {
  const opened = WORD_HOST.open(bytes, name, { wordApi });
  try {
    return { snapshot: await opened.host.readSnapshot(), syncs: opened.syncs() };
  } finally {
    opened.close();
  }
}

/** Every placed item as [what, paragraph index]. */
function placements(snapshot: ReportSnapshot): [string, number | null][] {
  return [
    ...snapshot.contentControls.flatMap((c, i): [string, number][] => [
      [`Content control ${i + 1}`, c.firstParagraph],
      [`Content control ${i + 1} (its end)`, c.lastParagraph],
    ]),
    ...snapshot.comments.map((c, i): [string, number | null] => [`Comment ${i + 1}`, c.anchorParagraph]),
    ...snapshot.pictures.map((p, i): [string, number] => [`Picture ${i + 1}`, p.paragraph]),
  ];
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  test.each(fixtures)('$name reads the same on WordApi 1.4, placing by text', async ({ name, bytes }) => {
    const newer = await readInWord(bytes, name, '1.6');
    const older = await readInWord(bytes, name, '1.4');

    expect(older.syncs).toBeLessThanOrEqual(3);
    expect(older.syncs).toBe(newer.syncs);
    expect(older.snapshot.paragraphs).toEqual(newer.snapshot.paragraphs);
    expect(older.snapshot.tables).toEqual(newer.snapshot.tables);
    expect(older.snapshot.customXmlParts).toEqual(newer.snapshot.customXmlParts);
    expect(older.snapshot.properties).toEqual(newer.snapshot.properties);
    expect(older.snapshot.warnings[0]?.message).toMatch(/cannot identify paragraphs/);

    const exact = placements(newer.snapshot);
    const byText = placements(older.snapshot);
    expect(byText.map(([what]) => what)).toEqual(exact.map(([what]) => what));
    const text = (i: number | null) => (i === null ? null : older.snapshot.paragraphs[i]?.text);
    byText.forEach(([what, paragraph], n) => {
      const expected = exact[n]?.[1] ?? null;
      if (paragraph === expected) return;
      // Misplaced only onto a paragraph with the same text, and never silently.
      expect({ what, text: text(paragraph) }).toEqual({ what, text: text(expected) });
      expect(older.snapshot.warnings.some((w) => w.message.startsWith(`${what}:`))).toBe(true);
    });
  });
});
