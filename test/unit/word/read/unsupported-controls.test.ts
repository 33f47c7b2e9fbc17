/**
 * Content controls the Word API does not support (date picker, building-block gallery, group,
 * repeating section: office-js #1382) anywhere in a report must not fail the read of the rest.
 * The fake reproduces the two reported behaviours (profiles.ts): the load fails with
 * NotImplemented (#3607), or the controls are left out (#228). Word-made fixture with a date picker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordReportHost } from '../../../../src/word/word-host';
import {
  fakeDocumentFromDocx,
  installFakeWord,
  WORD_PROFILES,
  type WordBehaviours,
} from '../../../support/fake-word';

const FIXTURE = join(__dirname, '../../../fixtures/word-made/dotnet__Open-XML-SDK/coverpage1.docx');

describe.each(WORD_PROFILES)('a report with a date picker in $name', (profile) => {
  async function read(behaviours: Partial<WordBehaviours>) {
    const { fake, uninstall } = installFakeWord(
      fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'coverpage1.docx'),
      { wordApi: '1.4', profile, behaviours },
    );
    try {
      const snapshot = await new WordReportHost().readSnapshot();
      return { snapshot, runs: [...fake.syncsPerRun] };
    } finally {
      uninstall();
    }
  }

  it('is read in two syncs when Word lists every control', async () => {
    const { snapshot, runs } = await read({});
    expect(runs).toEqual([2]);
    expect(snapshot.contentControls.some((c) => c.kind === 'date')).toBe(true);
  });

  it('when Word refuses to list the controls (NotImplemented, #3607): the rest is read, and a warning says what was not', async () => {
    const plain = (await read({})).snapshot;
    const { snapshot, runs } = await read({ unsupportedControlsNotImplemented: true });
    expect(runs).toEqual([1, 2]);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
    expect(snapshot.contentControls).toEqual([]);
    expect(snapshot.warnings).toContainEqual({
      where: 'Word: content controls',
      message: expect.stringMatching(/^Word could not list the content controls in this report/),
    });
  });

  it('when Word leaves them out (#228): the rest of the controls and the report are read', async () => {
    const plain = (await read({})).snapshot;
    const { snapshot, runs } = await read({ unsupportedControlsOmitted: true });
    expect(runs).toEqual([2]);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
    expect(snapshot.contentControls.some((c) => c.kind === 'date')).toBe(false);
  });
});
