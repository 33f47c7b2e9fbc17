/**
 * WordReportHost on hand-built fake documents: the round trips it makes, how it fails, and how it
 * degrades on older Word.
 */
import { ReportError } from '../../../src/core/errors';
import { WordReportHost } from '../../../src/word/word-host';
import { WordReadError } from '../../../src/word/word-errors';
import {
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  paragraphSpan,
  type FakeWordDocument,
  type InstalledFakeWord,
} from '../../support/fake-word';
import { flatOpcPackage } from '../../support/fake-word/flat-opc';

/** A short report: a bold heading with a plain tab, a list, a table with a merged header, a comment. */
function report(): FakeWordDocument {
  const doc = fakeDocument({
    paragraphs: [
      fakeParagraph('1.\tINTRODUCTION', { bold: null, boldMask: '110111111111111' }),
      fakeParagraph('Crime fell by 5%.', { list: { list: 0, level: 0, listString: '1.1' } }),
      fakeParagraph('Area', { tableNestingLevel: 1, cell: { table: 0, rowIndex: 0, cellIndex: 0 } }),
      fakeParagraph('North', { tableNestingLevel: 1, cell: { table: 0, rowIndex: 1, cellIndex: 0 } }),
      fakeParagraph('12', { tableNestingLevel: 1, cell: { table: 0, rowIndex: 1, cellIndex: 1 } }),
      fakeParagraph('Crime fell by 5%.'),
    ],
    lists: [{ id: 42, levelTypes: ['Number'] }],
  });
  doc.tables.push({
    firstParagraph: 2,
    lastParagraph: 4,
    nestingLevel: 1,
    values: [['Area'], ['North', '12']],
    headerRowCount: 1,
    ooxml: flatOpcPackage(
      '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr>' +
        '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>',
    ),
  });
  doc.comments.push({
    id: 'c1',
    authorName: 'Kent Police',
    authorEmail: '',
    content: 'Source?',
    creationDate: new Date('2024-03-01T09:00:00Z'),
    resolved: false,
    replies: [],
    span: paragraphSpan(doc, 5),
  });
  return doc;
}

let installed: InstalledFakeWord | null = null;

function install(doc: FakeWordDocument, wordApi?: string): InstalledFakeWord {
  installed = installFakeWord(doc, { wordApi });
  return installed;
}

afterEach(() => {
  installed?.uninstall();
  installed = null;
});

test('reads the document in two syncs and reports progress up to 1', async () => {
  const { fake } = install(report());
  const progress: [number, string][] = [];
  const snapshot = await new WordReportHost().readSnapshot((fraction, stage) =>
    progress.push([fraction, stage]),
  );
  expect(fake.syncsPerRun).toEqual([2]);
  expect(progress.map(([f]) => f)).toEqual([0.05, 0.5, 0.85, 1]);
  expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
    '1.\tINTRODUCTION',
    'Crime fell by 5%.',
    'Area',
    'North',
    '12',
    'Crime fell by 5%.',
  ]);
});

test('a heading whose only plain character is a tab counts as bold; a plain word does not', async () => {
  const doc = report();
  doc.paragraphs.push(fakeParagraph('Bold and plain', { bold: null, boldMask: '11110000000000' }));
  install(doc);
  const snapshot = await new WordReportHost().readSnapshot();
  expect(snapshot.paragraphs[0]!.boldOnly).toBe(true);
  expect(snapshot.paragraphs[6]!.boldOnly).toBe(false);
});

test('lists, table cells, merged cells and header rows come through', async () => {
  install(report());
  const snapshot = await new WordReportHost().readSnapshot();
  expect(snapshot.paragraphs[1]!.list).toEqual({ numId: '42', level: 0, label: '1.1', bullet: false });
  expect(snapshot.paragraphs[4]!.cell).toEqual({ table: 0, row: 1, cell: 1 });
  expect(snapshot.tables).toEqual([
    {
      index: 0,
      firstParagraph: 2,
      lastParagraph: 4,
      depth: 0,
      rows: [
        { header: true, cells: [{ text: 'Area', gridSpan: 2, vMerge: null, paragraphs: [2] }] },
        {
          header: false,
          cells: [
            { text: 'North', gridSpan: 1, vMerge: null, paragraphs: [3] },
            { text: '12', gridSpan: 1, vMerge: null, paragraphs: [4] },
          ],
        },
      ],
    },
  ]);
  expect(snapshot.warnings).toEqual([]);
});

test('without the table OOXML, header rows come from headerRowCount and a warning says merges are unknown', async () => {
  const doc = report();
  doc.tables[0]!.ooxml = '<not xml';
  install(doc);
  const snapshot = await new WordReportHost().readSnapshot();
  expect(snapshot.tables[0]!.rows.map((r) => r.header)).toEqual([true, false]);
  expect(snapshot.tables[0]!.rows[0]!.cells[0]!.gridSpan).toBe(1);
  expect(snapshot.warnings).toEqual([expect.objectContaining({ where: 'Word: tables' })]);
});

describe('a failure in Word', () => {
  test.each([
    [1, 'AccessDenied', /refused access/],
    [2, 'GeneralException', /Save the document and check again/],
    [2, 'ResponsePayloadSizeLimitExceeded', /too large for Word on the web/],
  ])(
    'in sync %i (%s) becomes a ReportError an officer can act on, keeping Word’s code',
    async (n, code, advice) => {
      const { fake } = install(report());
      fake.failSync(n, code, 'internal detail');
      const error = await new WordReportHost().readSnapshot().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect(error).toBeInstanceOf(WordReadError);
      expect(error).toMatchObject({ code: 'word-read-failed', wordCode: code });
      expect((error as Error).message).toMatch(advice);
      expect((error as Error).message).not.toMatch(/internal detail/);
    },
  );

  test('outside Word there is nothing to read, and the message says where to go', async () => {
    const error = await new WordReportHost().readSnapshot().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'word-not-available' });
  });
});

describe('older Word', () => {
  test('WordApi 1.4: paragraphs are not identified, so items are placed by text, with warnings', async () => {
    const { fake } = install(report(), '1.4');
    const snapshot = await new WordReportHost().readSnapshot();
    expect(fake.syncsPerRun).toEqual([2]);
    // The comment's paragraph text ("Crime fell by 5%.") is also paragraph 1's: it is placed there.
    expect(snapshot.comments[0]!.anchorParagraph).toBe(1);
    expect(snapshot.warnings.map((w) => w.where)).toEqual([
      'Word: paragraph positions',
      'Word: paragraph positions',
    ]);
    expect(snapshot.warnings[1]!.message).toMatch(/^Comment 1: .*appears 2 times/);
  });

  test('WordApi 1.6: the same comment is placed exactly', async () => {
    install(report(), '1.6');
    const snapshot = await new WordReportHost().readSnapshot();
    expect(snapshot.comments[0]!.anchorParagraph).toBe(5);
    expect(snapshot.warnings).toEqual([]);
  });

  test('WordApi 1.3: comments and custom XML parts are skipped with a warning, the rest is read', async () => {
    const { fake } = install(report(), '1.3');
    const snapshot = await new WordReportHost().readSnapshot();
    expect(fake.syncsPerRun).toEqual([2]);
    expect(snapshot.comments).toEqual([]);
    expect(snapshot.customXmlParts).toEqual([]);
    expect(snapshot.paragraphs).toHaveLength(6);
    expect(snapshot.warnings[0]).toMatchObject({ where: 'Word: comments' });
  });
});
