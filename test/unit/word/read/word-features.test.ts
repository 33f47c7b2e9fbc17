/** What the pane says about this Word: the sets above WordApi 1.4 it lacks, in plain words. */
import { missingWordFeatures } from '../../../../src/word/read/word-features';
import { fakeDocument, installFakeWord } from '../../../support/fake-word';

test('a Word with WordApi 1.6 lacks nothing the add-in uses', () => {
  const { uninstall } = installFakeWord(fakeDocument(), { wordApi: '1.6' });
  try {
    expect(missingWordFeatures()).toEqual([]);
  } finally {
    uninstall();
  }
});

test('a Word with only WordApi 1.4 lacks 1.6, and the pane says what that means', () => {
  const { uninstall } = installFakeWord(fakeDocument(), { wordApi: '1.4' });
  try {
    expect(missingWordFeatures()).toEqual([
      {
        set: 'WordApi 1.6',
        meaning:
          'Comments and pictures are placed by matching paragraph text; findings may point at the wrong ' +
          'paragraph when paragraphs repeat.',
      },
    ]);
  } finally {
    uninstall();
  }
});

test('outside Office, only the manifest minimum is assumed', () => {
  expect(missingWordFeatures().map((f) => f.set)).toEqual(['WordApi 1.6']);
});
