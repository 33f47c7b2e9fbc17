/**
 * The fake Word's profiles reproduce real Word's documented behaviours (see profiles.ts and the
 * fake's README for each source). Each behaviour is on where it was reported and off elsewhere,
 * and can be switched on its own.
 */
import {
  ERROR_CODES,
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  paragraphSpan,
  WORD_DESKTOP,
  WORD_ON_THE_WEB,
  type InstalledFakeWord,
  type WordProfile,
} from '../../support/fake-word';

let installed: InstalledFakeWord | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

function open(profile: WordProfile, behaviours = {}) {
  const doc = fakeDocument({ paragraphs: [fakeParagraph('First'), fakeParagraph('Second')] });
  installed = installFakeWord(doc, { profile, behaviours });
  return installed;
}

/** Adds a paragraph, then loads body.paragraphs again in the same Word.run and in a fresh one. */
async function reloadAfterInsert(): Promise<{ sameRun: string[]; freshRun: string[] }> {
  const sameRun = await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    paragraphs.items[0]!.insertParagraph('Added', 'After');
    await context.sync();
    const again = context.document.body.paragraphs.load('items/text');
    await context.sync();
    return again.items.map((p) => p.text);
  });
  const freshRun = await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.map((p) => p.text);
  });
  return { sameRun, freshRun };
}

describe('body collections within one Word.run (office-js #3284)', () => {
  it('Word desktop: a reload shows the paragraph added in the same run', async () => {
    open(WORD_DESKTOP);
    expect(await reloadAfterInsert()).toEqual({
      sameRun: ['First', 'Added', 'Second'],
      freshRun: ['First', 'Added', 'Second'],
    });
  });

  it('Word on the web: a reload in the same run still shows the first load; a fresh run shows it', async () => {
    open(WORD_ON_THE_WEB);
    expect(await reloadAfterInsert()).toEqual({
      sameRun: ['First', 'Second'],
      freshRun: ['First', 'Added', 'Second'],
    });
  });

  it('Word on the web: a range of its own (body.getRange().paragraphs) is current', async () => {
    open(WORD_ON_THE_WEB);
    const texts = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[1]!.insertParagraph('Added', 'After');
      const whole = context.document.body.getRange('Whole').paragraphs.load('items/text');
      await context.sync();
      return whole.items.map((p) => p.text);
    });
    expect(texts).toEqual(['First', 'Second', 'Added']);
  });

  it('can be switched off in the web profile', async () => {
    open(WORD_ON_THE_WEB, { staleBodyCollections: false });
    expect((await reloadAfterInsert()).sameRun).toEqual(['First', 'Added', 'Second']);
  });
});

describe('Comment.reply (office-js #6720)', () => {
  function withComment(profile: WordProfile) {
    const doc = fakeDocument({ paragraphs: [fakeParagraph('Text to comment on')] });
    doc.comments.push({
      id: 'c1',
      authorName: 'Ann Partner',
      authorEmail: 'ann@example.org',
      content: 'Please add the 2018 figures.',
      creationDate: new Date('2024-05-01T10:00:00Z'),
      resolved: false,
      replies: [],
      span: paragraphSpan(doc, 0),
    });
    installed = installFakeWord(doc, { profile });
    return doc;
  }

  async function reply(): Promise<unknown> {
    return Word.run(async (context) => {
      const comments = context.document.body.getComments().load('items/id');
      await context.sync();
      comments.items[0]!.reply('Added in 1.3.');
      await context.sync();
    }).then(
      () => null,
      (error: unknown) => error,
    );
  }

  it('Word desktop: the reply is posted', async () => {
    const doc = withComment(WORD_DESKTOP);
    expect(await reply()).toBeNull();
    expect(doc.comments[0]!.replies.map((r) => r.content)).toEqual(['Added in 1.3.']);
  });

  it('Word on the web: the batch fails with GeneralException and nothing is posted', async () => {
    const doc = withComment(WORD_ON_THE_WEB);
    expect(await reply()).toMatchObject({ code: ERROR_CODES.generalException });
    expect(doc.comments[0]!.replies).toEqual([]);
  });
});

describe('the profiles as Office reports them', () => {
  it('name the platform', async () => {
    open(WORD_ON_THE_WEB);
    expect(Office.context.platform).toBe('OfficeOnline');
    installed!.uninstall();
    open(WORD_DESKTOP);
    expect(Office.context.platform).toBe('PC');
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
  });
});
