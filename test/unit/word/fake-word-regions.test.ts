/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-navigational-load -- one test reads before loading on purpose, to show the fake fails where Word would */
/**
 * The fake Word's live-region methods keep the load/sync model: insertOoxml reads the flat OPC
 * body (paragraphs, tables, nested content controls) into the document at sync time, what it
 * made is unreadable until loaded and synced, and replace / delete / getSelection behave as the
 * host code expects.
 */
import { flatOpcPackage } from '../../../src/ooxml/flat-opc';
import { blockContentControl } from '../../../src/ooxml/content-control';
import { dataTableBlock } from '../../support/reference-blocks';
import { paragraph } from '../../../src/ooxml/paragraph';
import {
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  type FakeWordDocument,
  type InstalledFakeWord,
} from '../../support/fake-word';

let installed: InstalledFakeWord;
let doc: FakeWordDocument;
beforeEach(() => {
  doc = fakeDocument({ paragraphs: ['One', 'Two', 'Three'].map((t) => fakeParagraph(t)) });
  installed = installFakeWord(doc, { wordApi: '1.4' });
});
afterEach(() => installed.uninstall());

const TABLE = dataTableBlock({
  caption: 'Crime',
  columns: [
    { header: 'Type', align: 'left' },
    { header: 'Count', align: 'right' },
  ],
  rows: [{ cells: ['Burglary', '12'] }],
  source: 'Sample',
});
const outer = blockContentControl(
  { tag: 'outer', title: 'Outer' },
  paragraph({ runs: 'Intro' }) + blockContentControl({ tag: 'inner', title: 'Inner' }, TABLE),
);

function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return Word.run(batch);
}

test('insertOoxml after a paragraph: paragraphs, the table and both controls, nested, at sync time', async () => {
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    paragraphs.items[0]!.getRange('Whole').insertOoxml(flatOpcPackage(outer), 'After');
    expect(doc.paragraphs).toHaveLength(3); // queued, not run
    await context.sync();
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual([
    'One',
    'Intro',
    '', // the region's hidden lead paragraph (see REGION_LEAD_PARAGRAPH)
    'Table 1: Crime',
    'Type',
    'Count',
    'Burglary',
    '12',
    'Source: Sample',
    'Two',
    'Three',
  ]);
  expect(doc.tables).toHaveLength(1);
  expect(doc.tables[0]).toMatchObject({
    firstParagraph: 4,
    lastParagraph: 7,
    values: [
      ['Type', 'Count'],
      ['Burglary', '12'],
    ],
  });
  expect(doc.paragraphs[6]!.cell).toEqual({ table: 0, rowIndex: 1, cellIndex: 0 });
  const spans = Object.fromEntries(
    doc.contentControls.map((c) => [c.tag, [c.span.start.paragraph, c.span.end.paragraph]]),
  );
  expect(spans).toEqual({ outer: [1, 8], inner: [2, 8] });
});

test('what insertOoxml made cannot be read before a load and a sync', async () => {
  await run(async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    const range = first.getRange('Whole').insertOoxml(flatOpcPackage(outer), 'Before');
    const controls = context.document.body.contentControls.getByTag('inner');
    expect(() => controls.items).toThrow(/not available|PropertyNotLoaded/i);
    controls.load('items/tag,items/text');
    range.load('text');
    expect(() => range.text).toThrow();
    await context.sync();
    expect(controls.items.map((c) => c.tag)).toEqual(['inner']);
    expect(range.text).toContain('Intro');
  });
  expect(installed.fake.syncCount).toBe(1);
});

test('replace keeps the control and its tag; delete(false) takes it and its content away', async () => {
  await run(async (context) => {
    context.document.body.paragraphs.getFirst().getRange('Whole').insertOoxml(flatOpcPackage(outer), 'After');
    await context.sync();
    const inner = context.document.body.contentControls.getByTag('inner').getFirst();
    inner.insertOoxml(flatOpcPackage(paragraph({ runs: 'Refreshed' })), 'Replace');
    await context.sync();
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['One', 'Intro', 'Refreshed', 'Two', 'Three']);
  expect(doc.tables).toEqual([]);
  expect(doc.contentControls.map((c) => [c.tag, c.span.start.paragraph, c.span.end.paragraph])).toEqual([
    ['outer', 1, 2],
    ['inner', 2, 2],
  ]);

  await run(async (context) => {
    context.document.body.contentControls.getByTag('outer').getFirst().delete(false);
    await context.sync();
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['One', 'Two', 'Three']);
  expect(doc.contentControls).toEqual([]);
});

test('malformed OOXML fails the batch with an Office error; getSelection starts at the top', async () => {
  const error = await run(async (context) => {
    context.document.body.paragraphs.getFirst().getRange('Whole').insertOoxml('<pkg:package', 'After');
    await context.sync();
  }).catch((e: unknown) => e);
  expect((error as { code?: string }).code).toBe('GeneralException');
  expect(doc.paragraphs).toHaveLength(3);

  await run(async (context) => {
    const at = context.document.getSelection().paragraphs.getFirst().load('text');
    await context.sync();
    expect(at.text).toBe('One');
  });
});

test('Paragraph.delete removes the paragraph at sync time, and is refused inside a locked control', async () => {
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    paragraphs.items[1]!.delete();
    expect(doc.paragraphs).toHaveLength(3); // queued, not run
    await context.sync();
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['One', 'Three']);

  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const control = paragraphs.items[0]!.insertContentControl();
    control.cannotEdit = true;
    await context.sync();
    paragraphs.items[0]!.delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['One', 'Three']);
});
