/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-navigational-load, office-addins/no-empty-load -- these tests break the rules on purpose, to show the fake fails where Word would */
/**
 * The fake must fail where Office.js fails, or tests of the Word host prove nothing: unloaded
 * reads throw, results exist only after a sync, collections have no items until loaded, and every
 * round trip is counted.
 */
import {
  ERROR_CODES,
  FAKE_USER,
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  paragraphSpan,
  type FakeWordDocument,
  type InstalledFakeWord,
} from '../../support/fake-word';

function sampleDocument(): FakeWordDocument {
  const doc = fakeDocument({
    paragraphs: [
      fakeParagraph('Report title', {
        style: 'Heading 1',
        styleBuiltIn: 'Heading1',
        outlineLevel: 1,
        bold: true,
      }),
      fakeParagraph('1.1\tFirst point', { list: { list: 0, level: 0, listString: '1.1' } }),
      fakeParagraph('Cell A'),
      fakeParagraph('Cell B'),
    ],
    lists: [{ id: 7, levelTypes: ['Number'] }],
  });
  doc.paragraphs[2]!.tableNestingLevel = 1;
  doc.paragraphs[2]!.cell = { table: 0, rowIndex: 0, cellIndex: 0 };
  doc.paragraphs[3]!.tableNestingLevel = 1;
  doc.paragraphs[3]!.cell = { table: 0, rowIndex: 0, cellIndex: 1 };
  doc.tables.push({
    firstParagraph: 2,
    lastParagraph: 3,
    nestingLevel: 1,
    values: [['Cell A', 'Cell B']],
    headerRowCount: 0,
    ooxml: '<pkg:package/>',
  });
  doc.customXmlParts.push({
    id: '{P1}',
    namespaceUri: 'urn:council-report:v1',
    xml: '<r xmlns="urn:council-report:v1"/>',
  });
  doc.comments.push({
    id: 'c1',
    authorName: 'Ann Partner',
    authorEmail: 'ann@example.org',
    content: 'Please add figures',
    creationDate: new Date('2024-05-01T10:00:00Z'),
    resolved: false,
    replies: [],
    span: paragraphSpan(doc, 1),
  });
  return doc;
}

let installed: InstalledFakeWord;

beforeEach(() => {
  installed = installFakeWord(sampleDocument());
});

afterEach(() => installed.uninstall());

describe('properties and load', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    await Word.run(async (context) => {
      const body = context.document.body;
      expect(() => body.text).toThrow(expect.objectContaining({ code: ERROR_CODES.propertyNotLoaded }));
      await context.sync();
      expect(() => body.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a loaded property is readable only after the sync', async () => {
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      expect(() => first.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(first.text).toBe('Report title');
      expect(() => first.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('navigation paths load properties of related objects', async () => {
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text,font/bold');
      await context.sync();
      expect(first.font.bold).toBe(true);
      expect(() => first.font.italic).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('{ select, expand } and typed load options are honoured', async () => {
    await Word.run(async (context) => {
      const a = context.document.body.paragraphs.getFirst();
      a.load({ select: 'style', expand: 'font' });
      const b = context.document.body.paragraphs.getLast();
      b.load({ text: true, font: { italic: true } });
      await context.sync();
      expect(a.style).toBe('Heading 1');
      expect(a.font.italic).toBe(false);
      expect(() => a.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(b.text).toBe('Cell B');
      expect(b.font.italic).toBe(false);
      expect(() => b.font.bold).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('an unknown property in a load fails the sync', async () => {
    await expect(
      Word.run(async (context) => {
        context.document.body.paragraphs.load('items/colour');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('loaded values are a snapshot: later changes in the document do not show', async () => {
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      await context.sync();
      installed.fake.document.paragraphs[0]!.text = 'Changed';
      expect(first.text).toBe('Report title');
    });
  });
});

describe('collections', () => {
  test('items throw until the collection is loaded and synced', async () => {
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual([
        'Report title',
        '1.1\tFirst point',
        'Cell A',
        'Cell B',
      ]);
      expect(() => paragraphs.items[0]!.style).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
    });
  });

  test('a property named without "items/" applies to the items', async () => {
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('styleBuiltIn');
      await context.sync();
      expect(paragraphs.items.map((p) => p.styleBuiltIn)).toEqual(['Heading1', 'Normal', 'Normal', 'Normal']);
    });
  });

  test('*OrNullObject navigation through items reports isNullObject', async () => {
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/listItemOrNullObject/listString,items/parentTableCellOrNullObject/cellIndex');
      await context.sync();
      const [title, point, , cellB] = paragraphs.items;
      expect(title!.listItemOrNullObject.isNullObject).toBe(true);
      expect(point!.listItemOrNullObject.isNullObject).toBe(false);
      expect(point!.listItemOrNullObject.listString).toBe('1.1');
      expect(cellB!.parentTableCellOrNullObject.cellIndex).toBe(1);
    });
  });

  test('isNullObject cannot be read before a sync', async () => {
    await Word.run(async (context) => {
      const cell = context.document.body.paragraphs.getFirst().parentTableCellOrNullObject;
      cell.load('rowIndex');
      expect(() => cell.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(cell.isNullObject).toBe(true);
    });
  });

  test('getFirst on an empty collection fails the sync with ItemNotFound; getFirstOrNullObject does not', async () => {
    await Word.run(async (context) => {
      const none = context.document.body.inlinePictures.getFirstOrNullObject();
      none.load('altTextDescription');
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    await expect(
      Word.run(async (context) => {
        context.document.body.inlinePictures.getFirst().load('altTextDescription');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('sync and results', () => {
  test('every sync is counted, per run and in total', async () => {
    await Word.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    await Word.run(async (context) => {
      await context.sync();
    });
    expect(installed.fake.syncCount).toBe(3);
    expect(installed.fake.syncsPerRun).toEqual([2, 1]);
  });

  test('Word.run flushes queued work left at the end of the batch, and that round trip counts', async () => {
    await Word.run(async (context) => {
      context.document.customXmlParts.add('<x xmlns="urn:test"/>');
    });
    expect(installed.fake.syncCount).toBe(1);
    expect(installed.fake.document.customXmlParts.map((p) => p.namespaceUri)).toEqual([
      'urn:council-report:v1',
      'urn:test',
    ]);
  });

  test('a ClientResult has no value before the sync', async () => {
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts;
      parts.load('items/id');
      await context.sync();
      const xml = parts.items[0]!.getXml();
      expect(() => xml.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(xml.value).toBe('<r xmlns="urn:council-report:v1"/>');
    });
  });

  test('methods are queued and run at sync, in order', async () => {
    await Word.run(async (context) => {
      const range = context.document.body.paragraphs.getFirst().getRange('Whole');
      const comment = range.insertComment('Is this title final?');
      comment.load('authorName,content');
      const comments = context.document.body.getComments();
      comments.load('items/content');
      expect(installed.fake.document.comments).toHaveLength(1);
      await context.sync();
      expect(comment.authorName).toBe(FAKE_USER.name);
      expect(comments.items.map((c) => c.content)).toEqual(['Is this title final?', 'Please add figures']);
    });
  });

  test('writing a property is queued too', async () => {
    await Word.run(async (context) => {
      const comment = context.document.body.getComments().getFirst();
      comment.resolved = true;
      expect(installed.fake.document.comments[0]!.resolved).toBe(false);
      await context.sync();
      expect(installed.fake.document.comments[0]!.resolved).toBe(true);
    });
  });

  test('an injected failure makes the Nth sync throw an OfficeExtension.Error with its code', async () => {
    installed.fake.failSync(2, 'AccessDenied', 'The document is read-only.');
    const error = await Word.run(async (context) => {
      await context.sync();
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({
      code: 'AccessDenied',
      name: 'RichApi.Error',
      debugInfo: { code: 'AccessDenied' },
    });
  });

  test('objects from a finished run cannot be used in a later one', async () => {
    const body = await Word.run(async (context) => context.document.body);
    expect(() => body.load('text')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });
});

describe('requirement sets', () => {
  test('isSetSupported follows the configured WordApi version', () => {
    expect(Office.context.requirements.isSetSupported('WordApi', '1.6')).toBe(true);
    installed.fake.setWordApi('1.4');
    expect(Office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(true);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.6')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApiDesktop', '1.1')).toBe(false);
  });

  test('an API newer than the supported set fails the sync with ApiNotFound', async () => {
    installed.fake.setWordApi('1.4');
    await expect(
      Word.run(async (context) => {
        context.document.body.paragraphs.load('items/uniqueLocalId');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a bare load() takes only the properties the supported sets have', async () => {
    installed.fake.setWordApi('1.4');
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load();
      await context.sync();
      expect(first.text).toBe('Report title');
      expect(() => first.uniqueLocalId).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

test('uninstall removes the globals', () => {
  installed.uninstall();
  expect((globalThis as Record<string, unknown>)['Word']).toBeUndefined();
  installed = installFakeWord(fakeDocument());
});
