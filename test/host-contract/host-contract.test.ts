/**
 * The ReportHost contract, written once and run for both hosts over real .docx files: the docx
 * host reads the package, the Word host reads a fake Word holding the same file as Word's API
 * shows it. Both must give a well-formed snapshot, the same snapshot (after `comparable`, which
 * lists what the Word API cannot see) and the same findings against the default template.
 */
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { checkSnapshot } from '../../src/core/template/check';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { WORD_API_BLIND_SPOTS } from '../../src/word/read/snapshot-from-word';
import { NORMALISED_FIELDS, asWordSeesIt, comparable, comparableFindings } from './comparable';
import { contractFixtures } from './fixtures';
import { DOCX_HOST, HOSTS, WORD_HOST, type HostUnderTest } from './hosts';
import type { NotInWordApi } from '../support/fake-word';
import { inEachWordProfile } from '../support/word-profile-suite';

const fixtures = contractFixtures();

/** Invariants any snapshot must keep, whichever host read it. */
function expectWellFormed(snapshot: ReportSnapshot): void {
  const count = snapshot.paragraphs.length;
  const inBody = (i: number) => Number.isInteger(i) && i >= 0 && i < count;
  snapshot.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    if (p.cell) {
      const cell = snapshot.tables[p.cell.table]?.rows[p.cell.row]?.cells[p.cell.cell];
      expect(cell?.paragraphs).toContain(i);
    }
  });
  snapshot.tables.forEach((t, i) => {
    expect(t.index).toBe(i);
    expect(inBody(t.firstParagraph) && inBody(t.lastParagraph) && t.firstParagraph <= t.lastParagraph).toBe(
      true,
    );
    for (const cell of t.rows.flatMap((r) => r.cells)) {
      for (const p of cell.paragraphs) expect(p >= t.firstParagraph && p <= t.lastParagraph).toBe(true);
    }
  });
  for (const c of snapshot.contentControls) {
    expect(inBody(c.firstParagraph) && inBody(c.lastParagraph) && c.firstParagraph <= c.lastParagraph).toBe(
      true,
    );
  }
  for (const c of snapshot.comments)
    if (c.anchorParagraph !== null) expect(inBody(c.anchorParagraph)).toBe(true);
  for (const p of snapshot.pictures) expect(inBody(p.paragraph)).toBe(true);
}

async function readWith(host: HostUnderTest, bytes: Uint8Array, name: string) {
  const opened = host.open(bytes, name);
  try {
    const snapshot = await opened.host.readSnapshot();
    return { snapshot, syncs: opened.syncs(), notVisible: opened.notVisible };
  } finally {
    opened.close();
  }
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  test('every field the Word API cannot see is one the contract normalises', () => {
    expect(NORMALISED_FIELDS).toEqual(expect.arrayContaining(Object.keys(WORD_API_BLIND_SPOTS)));
  });

  test('the fixtures are there', () => {
    expect(fixtures.filter((f) => f.name.startsWith('word-made/')).length).toBeGreaterThanOrEqual(29);
    expect(fixtures.filter((f) => f.name.startsWith('reports/')).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(HOSTS)('the $kind host', (hostUnderTest) => {
    test.each(fixtures)(
      'reads $name into a well-formed snapshot, reporting progress',
      async ({ name, bytes }) => {
        const opened = hostUnderTest.open(bytes, name);
        try {
          const progress: number[] = [];
          const snapshot = await opened.host.readSnapshot((fraction) => progress.push(fraction));
          expect(opened.host.kind).toBe(hostUnderTest.kind);
          expect(progress.length).toBeGreaterThan(0);
          expect(progress.at(-1)).toBe(1);
          expect([...progress].sort((a, b) => a - b)).toEqual(progress);
          expectWellFormed(snapshot);
        } finally {
          opened.close();
        }
      },
    );
  });

  describe('both hosts read the same report', () => {
    const template = getTemplate(DEFAULT_TEMPLATE_ID);

    test.each(fixtures)('$name', async ({ name, bytes }) => {
      const docx = await readWith(DOCX_HOST, bytes, name);
      const word = await readWith(WORD_HOST, bytes, name);
      const notVisible = word.notVisible as NotInWordApi;
      const expected = comparable(docx.snapshot, notVisible, 'docx');
      const actual = comparable(word.snapshot, notVisible, 'word');

      // Field by field, so a failure names the part that differs.
      expect(actual.paragraphs).toEqual(expected.paragraphs);
      expect(actual.tables).toEqual(expected.tables);
      expect(actual.contentControls).toEqual(expected.contentControls);
      expect(actual.comments).toEqual(expected.comments);
      expect(actual.customXmlParts).toEqual(expected.customXmlParts);
      expect(actual.pictures).toEqual(expected.pictures);
      expect(actual.properties).toEqual(expected.properties);
      // With WordApi 1.6 every table, control, comment and picture is placed exactly.
      expect(word.snapshot.warnings).toEqual([]);

      // Word's paragraph text shows tracked deletions (office-js #1267): the Word host read the
      // reviewed current text instead, equal to the docx host's (compared with the paragraphs above).
      for (const i of notVisible.paragraphsWithDeletedText) {
        expect(word.snapshot.paragraphs[i]?.text).toBe(docx.snapshot.paragraphs[i]?.text);
      }

      const wordFindings = checkSnapshot(word.snapshot, template);
      const docxFindings = checkSnapshot(asWordSeesIt(docx.snapshot, notVisible), template);
      expect(comparableFindings(wordFindings, notVisible)).toEqual(
        comparableFindings(docxFindings, notVisible),
      );
    });
  });
});
