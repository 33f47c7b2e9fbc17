/**
 * Reports reviewed with Track Changes on. Word's `Paragraph.text` (and `Table.values`) show
 * tracked deletions (office-js #1267, modelled by the fake in both profiles); the Word host reads
 * Word's reviewed current text instead (`getReviewedText('Current')`, WordApi 1.4), so both hosts
 * read w:ins as present and w:del as gone and give the same check, in the same two syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnapshot } from '../../src/core/template/check';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { WordReportHost } from '../../src/word/word-host';
import { installFakeWord, readDocxForFakeWord } from '../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../support/word-profile-suite';
import { DOCX_HOST } from './hosts';

const FIXTURES = join(__dirname, '..', 'fixtures');
const LIBREOFFICE = 'libreoffice/tracked-changes.docx';
const WORD_MADE = 'word-made/OpenXmlDev__Open-Xml-PowerTools/RA001-Tracked-Revisions-01.docx';

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

async function readInFakeWord(name: string, deletedText: 'shown' | 'hidden' = 'shown') {
  const reading = readDocxForFakeWord(bytesOf(name), name, { deletedText });
  const { fake, uninstall } = installFakeWord(reading.document, {
    wordApi: '1.6',
    profile: currentWordProfile(),
  });
  try {
    const snapshot = await new WordReportHost(name).readSnapshot();
    return { snapshot, syncs: fake.syncCount, reading, sentBytes: fake.bytesSent };
  } finally {
    uninstall();
  }
}

async function readAsDocx(name: string) {
  const opened = DOCX_HOST.open(bytesOf(name), name);
  try {
    return await opened.host.readSnapshot();
  } finally {
    opened.close();
  }
}

inEachWordProfile(() => {
  test('the .docx host reads insertions as present and deletions as gone (LibreOffice-made review)', async () => {
    const snapshot = await readAsDocx(LIBREOFFICE);
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(texts).toContain('Purpose of the report');
    expect(texts).toContain('This report sets out the Strategic Assessment for 2026/27.');
    expect(snapshot.tables[0]?.rows[1]?.cells[1]?.text).toBe('1,310');
    expect(snapshot.trackChanges).toBe(true);
  });

  test.each([LIBREOFFICE, WORD_MADE])(
    '%s: Word shows the deletions, the Word host reads what the .docx host reads, in two syncs',
    async (name) => {
      const docx = await readAsDocx(name);
      const word = await readInFakeWord(name);
      // Word's own paragraph text holds the deletions, so the test means something.
      const shown = word.reading.notInWordApi.paragraphsWithDeletedText;
      expect(shown.length).toBeGreaterThan(0);
      for (const i of shown)
        expect(word.reading.document.paragraphs[i]?.text).not.toBe(docx.paragraphs[i]?.text);

      expect(word.snapshot.paragraphs.map((p) => p.text)).toEqual(docx.paragraphs.map((p) => p.text));
      expect(word.snapshot.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual(
        docx.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text))),
      );
      expect(word.snapshot.trackChanges).toBe(docx.trackChanges);
      expect(word.syncs).toBe(2);

      const template = getTemplate(DEFAULT_TEMPLATE_ID);
      const findings = (s: typeof docx) =>
        checkSnapshot(s, template).findings.map((f) => [f.rule, f.paragraph, f.excerpt]);
      expect(findings(word.snapshot)).toEqual(findings(docx));
    },
  );

  test('the LibreOffice review left Track Changes on: both hosts say so', async () => {
    expect((await readInFakeWord(LIBREOFFICE)).snapshot.trackChanges).toBe(true);
    expect((await readAsDocx(LIBREOFFICE)).trackChanges).toBe(true);
  });

  test('paragraph by paragraph reviewed text is asked for only when Word shows deletions', async () => {
    // The same file, once as Word shows it with markup and once with no deletions in its text.
    const shown = await readInFakeWord(LIBREOFFICE, 'shown');
    const none = await readInFakeWord(LIBREOFFICE, 'hidden');
    expect(none.snapshot.paragraphs).toEqual(shown.snapshot.paragraphs);
    expect(none.syncs).toBe(2);
    // Each non-empty paragraph's getReviewedText('Current') call is sent only in the first.
    const calls = shown.reading.document.paragraphs.filter((p) => p.text !== '').length;
    const perCall = JSON.stringify({ name: 'getReviewedText', args: ['Current'] }).length;
    expect(shown.sentBytes - none.sentBytes).toBe(calls * perCall);
  });
});
