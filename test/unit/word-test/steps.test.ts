/**
 * The steps `npm run test:word` runs inside real Word, run here on the fake Word holding the same
 * bundled sample report, in both profiles: every step passes, and the table says so. A step that
 * fails is reported and the next still runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordReportHost } from '../../../src/word/word-host';
import { formatStepTable, runWordSteps, WORD_STEPS } from '../../../src/word-test/steps';
import { fakeDocumentFromDocx, installFakeWord, WORD_PROFILES } from '../../support/fake-word';
import { builtInCatalogue } from '../../support/elements';

const SAMPLE = join(__dirname, '../../../src/workspace/sample/strategic-assessment-sample.docx');

describe.each(WORD_PROFILES)('the test:word steps in $name (fake)', (profile) => {
  it('all pass on the bundled sample report', async () => {
    const { uninstall } = installFakeWord(
      fakeDocumentFromDocx(new Uint8Array(readFileSync(SAMPLE)), 'sample.docx'),
      {
        wordApi: '1.4',
        profile,
      },
    );
    try {
      const outcomes = await runWordSteps(new WordReportHost('sample.docx'), {
        elements: builtInCatalogue(),
      });
      expect(outcomes.map((o) => o.step)).toEqual(WORD_STEPS.map(([name]) => name));
      expect(outcomes.filter((o) => !o.pass)).toEqual([]);
      const reply = outcomes.find((o) => o.step === 'Reply to and resolve a comment')!;
      // Word on the web refuses replies (office-js #6720): the step still passes, and says so.
      expect(reply.detail).toBe(
        profile.behaviours.commentReplyFails
          ? 'recorded; Word refused the reply (its text was handed back)'
          : 'recorded, replied and resolved',
      );
      expect(formatStepTable(outcomes)).toMatch(/All 9 steps passed in Word\.$/);
    } finally {
      uninstall();
    }
  });
});

test('a failing step is reported, the others still run, and the table counts it', async () => {
  const { fake, uninstall } = installFakeWord(
    fakeDocumentFromDocx(new Uint8Array(readFileSync(SAMPLE)), 'sample.docx'),
    { wordApi: '1.4' },
  );
  try {
    fake.setWordApi('1.3'); // no comments or custom XML: the consultation steps cannot run
    const outcomes = await runWordSteps(new WordReportHost('sample.docx'), { elements: builtInCatalogue() });
    expect(outcomes).toHaveLength(WORD_STEPS.length);
    expect(outcomes.some((o) => !o.pass)).toBe(true);
    expect(formatStepTable(outcomes)).toMatch(/\d+ of 9 steps failed in Word\.$/);
  } finally {
    uninstall();
  }
});
