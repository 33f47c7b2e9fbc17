/**
 * Reading a report costs the same number of round trips to Word whatever its size: a 10-page and
 * a 200-page report both take at most 3 syncs, on a Word with WordApi 1.6 and on one with 1.4.
 * The 200-page report is also held to the contract: both hosts read it the same way.
 */
import { checkSnapshot } from '../../src/core/template/check';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { asWordSeesIt, comparable } from './comparable';
import { generateReports, type GeneratedReports } from './generated-reports';
import { DOCX_HOST, WORD_HOST } from './hosts';
import type { NotInWordApi } from '../support/fake-word';
import { inEachWordProfile } from '../support/word-profile-suite';

let reports: GeneratedReports;

beforeAll(() => {
  reports = generateReports();
});

async function readInWord(bytes: Uint8Array, wordApi: string) {
  const opened = WORD_HOST.open(bytes, 'report.docx', { wordApi });
  try {
    const snapshot = await opened.host.readSnapshot();
    return { snapshot, syncs: opened.syncs(), notVisible: opened.notVisible as NotInWordApi };
  } finally {
    opened.close();
  }
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe.each(['1.6', '1.4'])('on a Word with WordApi %s', (wordApi) => {
    test('a 10-page and a 200-page report take the same number of syncs, at most 3', async () => {
      const small = await readInWord(reports.tenPages, wordApi);
      const large = await readInWord(reports.twoHundredPages, wordApi);
      // The reports really are of different sizes.
      expect(small.snapshot.paragraphs.length).toBeLessThan(400);
      expect(large.snapshot.paragraphs.length).toBeGreaterThan(5000);
      expect(large.snapshot.comments.length).toBeGreaterThan(small.snapshot.comments.length);
      expect(large.snapshot.tables.length).toBeGreaterThan(small.snapshot.tables.length);

      expect(large.syncs).toBe(small.syncs);
      expect(large.syncs).toBeLessThanOrEqual(3);
    });
  });

  test('both hosts read the 200-page report the same way, with the same findings', async () => {
    const bytes = reports.twoHundredPages;
    const docxOpened = DOCX_HOST.open(bytes, 'report.docx');
    const docx = await docxOpened.host.readSnapshot();
    const word = await readInWord(bytes, '1.6');
    const expected = comparable(docx, word.notVisible, 'docx');
    const actual = comparable(word.snapshot, word.notVisible, 'word');
    expect(actual.paragraphs).toEqual(expected.paragraphs);
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.comments).toEqual(expected.comments);
    expect(actual.pictures).toEqual(expected.pictures);
    const template = getTemplate(DEFAULT_TEMPLATE_ID);
    expect(checkSnapshot(word.snapshot, template)).toEqual(
      checkSnapshot(asWordSeesIt(docx, word.notVisible), template),
    );
  });
});
