/**
 * The fake's write side: what the Word host's changes do to the model, applied at sync time, so a
 * read afterwards sees them; and the refusals Word makes.
 */
import {
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  paragraphSpan,
  type FakeWordDocument,
  type InstalledFakeWord,
} from '../../support/fake-word';

function sample(): FakeWordDocument {
  const doc = fakeDocument({
    paragraphs: [
      fakeParagraph('Heading'),
      fakeParagraph('Cell', { tableNestingLevel: 1, cell: { table: 0, rowIndex: 0, cellIndex: 0 } }),
      fakeParagraph('After the table'),
      fakeParagraph('Commented'),
    ],
  });
  doc.tables.push({
    firstParagraph: 1,
    lastParagraph: 1,
    nestingLevel: 1,
    values: [['Cell']],
    headerRowCount: 0,
    ooxml: '',
  });
  doc.comments.push({
    id: 'c1',
    authorName: 'Kent Police',
    authorEmail: '',
    content: 'Source?',
    creationDate: new Date('2024-01-01T00:00:00Z'),
    resolved: false,
    replies: [],
    span: paragraphSpan(doc, 3),
  });
  doc.inlinePictures.push({ paragraph: 2, altTextDescription: '', altTextTitle: '', width: 10, height: 10 });
  return doc;
}

let installed: InstalledFakeWord;
afterEach(() => installed.uninstall());

async function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return Word.run(batch);
}

test('insertParagraph happens at sync, and everything after it moves down with its text', async () => {
  installed = installFakeWord(sample());
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const added = paragraphs.items[0]!.insertParagraph('New', 'After');
    added.styleBuiltIn = 'Heading2' as Word.BuiltInStyleName;
    added.font.bold = true;
    expect(installed.fake.document.paragraphs).toHaveLength(4);
    await context.sync();
  });
  const doc = installed.fake.document;
  expect(doc.paragraphs.map((p) => p.text)).toEqual([
    'Heading',
    'New',
    'Cell',
    'After the table',
    'Commented',
  ]);
  expect(doc.paragraphs[1]).toMatchObject({
    style: 'Heading 2',
    styleBuiltIn: 'Heading2',
    outlineLevel: 2,
    bold: true,
    cell: null,
  });
  expect(doc.tables[0]).toMatchObject({ firstParagraph: 2, lastParagraph: 2 });
  expect(doc.comments[0]!.span.start.paragraph).toBe(4);
  expect(doc.inlinePictures[0]!.paragraph).toBe(3);
  expect(installed.fake.syncsPerRun).toEqual([2]);
});

test('a paragraph written after a cell paragraph stays in the cell, and the table grows', async () => {
  installed = installFakeWord(sample());
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    paragraphs.items[1]!.insertParagraph('Second line', 'After');
    await context.sync();
  });
  const doc = installed.fake.document;
  expect(doc.paragraphs[2]).toMatchObject({
    text: 'Second line',
    cell: { table: 0, rowIndex: 0, cellIndex: 0 },
  });
  expect(doc.tables[0]).toMatchObject({ firstParagraph: 1, lastParagraph: 2 });
});

test('insertContentControl wraps the paragraph; a control marked cannotDelete is not deleted', async () => {
  installed = installFakeWord(sample());
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const control = paragraphs.items[0]!.insertContentControl();
    control.tag = 'cr:heading:x';
    control.cannotDelete = true;
    await context.sync();
  });
  expect(installed.fake.document.contentControls).toEqual([
    expect.objectContaining({
      tag: 'cr:heading:x',
      cannotDelete: true,
      span: paragraphSpan(installed.fake.document, 0),
    }),
  ]);
  const refused = await run(async (context) => {
    const controls = context.document.body.contentControls.load('items/tag');
    await context.sync();
    controls.items[0]!.delete(true);
    await context.sync();
  }).catch((e: { code?: string }) => e);
  expect(refused).toMatchObject({ code: 'AccessDenied' });
  expect(installed.fake.document.contentControls).toHaveLength(1);
});

test('select() records the selection at sync', async () => {
  installed = installFakeWord(sample());
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load({ select: 'items/text', skip: 3, top: 1 });
    await context.sync();
    paragraphs.items[0]!.select();
    expect(installed.fake.document.selection).toBeUndefined();
    await context.sync();
  });
  expect(installed.fake.document.selection).toEqual(paragraphSpan(installed.fake.document, 3));
});
