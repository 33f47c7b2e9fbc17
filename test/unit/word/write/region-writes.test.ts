/**
 * The Word host's live-region writes on the fake Word holding a real committee report: where the
 * regions land, that reading the document again sees them (controls, tables, pictures, the state
 * part), that 1 and 30 regions take the same two syncs, and that a refused or failed batch leaves
 * the document exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from '../../../../src/core/errors';
import type { RegionContent } from '../../../../src/core/content/blocks';
import type { RegionWrite } from '../../../../src/core/report/host';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { liveTag } from '../../../../src/ooxml/content-control';
import {
  buildReportStatePart,
  emptyReportState,
  REPORT_NAMESPACE,
  type ReportState,
} from '../../../../src/ooxml/custom-xml-part';
import { contentWordRefuses, tableContent, regionSpec } from '../../../support/region-content';
import * as renderBlocks from '../../../../src/ooxml/render-blocks';
import { base64 } from '../../../../src/core/base64';
import { WordReportHost } from '../../../../src/word/word-host';
import { WordWriteError } from '../../../../src/word/word-errors';
import { REPORT_CHANGED_MESSAGE } from '../../../../src/core/report/report-changed';
import { regionPackage } from '../../../../src/word/write/region-writes';
import {
  fakeDocument,
  fakeDocumentFromDocx,
  fakeParagraph,
  installFakeWord,
  paragraphSpan,
  type InstalledFakeWord,
} from '../../../support/fake-word';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-complete.docx');

let installed: InstalledFakeWord | undefined;
function install(wordApi = '1.4') {
  installed = installFakeWord(fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'complete.docx'), {
    wordApi,
  });
}
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

/** A live table whose numbers say which region and which refresh it is. */
function table(id: string, figure: number): RegionContent {
  return tableContent({
    caption: `Recorded crime, region ${id}`,
    columns: [
      { header: 'Crime type', align: 'left' },
      { header: 'Count', align: 'right' },
    ],
    rows: [
      { cells: ['Burglary', String(figure)] },
      { cells: ['Total & <all>', String(figure * 2)], kind: 'total' },
    ],
    source: 'Synthetic sample data — not real figures',
  });
}

/** The report's state as the use cases hand it to the host: one region spec per id. */
function stateOf(ids: string[]): ReportState {
  return {
    ...emptyReportState(),
    regions: ids.map((id) => regionSpec({ id })),
  };
}

/** The state part's XML, as the host writes it. */
function stateXml(ids: string[]): string {
  return buildReportStatePart(stateOf(ids));
}

async function read(): Promise<ReportSnapshot> {
  const snapshot = await new WordReportHost().readSnapshot();
  installed!.fake.resetCounts();
  return snapshot;
}

/** Plain body paragraphs outside tables and controls, to anchor regions to. */
function anchors(snapshot: ReportSnapshot, count: number) {
  const inControl = new Set(
    snapshot.contentControls.flatMap((c) =>
      Array.from({ length: c.lastParagraph - c.firstParagraph + 1 }, (_, i) => c.firstParagraph + i),
    ),
  );
  const usable = snapshot.paragraphs.filter(
    (p) => p.cell === null && !inControl.has(p.index) && p.text.trim() !== '',
  );
  expect(usable.length).toBeGreaterThanOrEqual(count);
  return usable.slice(0, count).map((p) => ({ paragraph: p.index, text: p.text }));
}

function inserts(snapshot: ReportSnapshot, count: number, figure = 100): RegionWrite[] {
  return anchors(snapshot, count).map((anchor, i) => ({
    kind: 'insert',
    tag: liveTag(`r${i + 1}`),
    title: `Live table ${i + 1}`,
    place: { anchor, location: 'After' },
    content: table(`r${i + 1}`, figure + i),
  }));
}

const liveControls = (snapshot: ReportSnapshot) =>
  snapshot.contentControls.filter((c) => c.tag?.startsWith('cr:live:'));
const ourParts = (snapshot: ReportSnapshot) =>
  snapshot.customXmlParts.filter((p) => p.namespaceUri === REPORT_NAMESPACE);
const tableTexts = (snapshot: ReportSnapshot) =>
  snapshot.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

afterEach(() => jest.restoreAllMocks());

describe('the package sent to insertOoxml', () => {
  test('defines the styles the content uses and carries its pictures as image parts', () => {
    const rendered = renderBlocks.renderRegionContent(table('a', 1));
    expect(rendered.styles).toEqual(['caption', 'tableGrid']);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const xml = regionPackage(rendered.xml, {
      ...rendered,
      pictures: [{ relId: 'rIdPic1', contentType: 'image/png', bytes: png }],
    });
    expect(xml).toContain('pkg:name="/word/media/image1.png"');
    expect(xml).toContain(`<pkg:binaryData>${Buffer.from(png).toString('base64')}</pkg:binaryData>`);
    expect(xml).toContain('Id="rIdPic1"');
    expect(xml).toContain('w:styleId="Caption"');
  });
});

test('base64 for the picture parts agrees with Node at every padding length', () => {
  for (let length = 0; length <= 7; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) % 256);
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  }
});

describe('inserting live regions', () => {
  test('one region: a tagged control around the caption, table and source, next to its anchor, in two syncs', async () => {
    install();
    const before = await read();
    const [write] = inserts(before, 1);
    await new WordReportHost().writeRegions([write!], stateOf(['r1']));
    expect(installed!.fake.syncsPerRun).toEqual([2]);

    const after = await read();
    const [control] = liveControls(after);
    expect(control).toMatchObject({
      tag: 'cr:live:r1',
      title: 'Live table 1',
      kind: 'richText',
      inline: false,
    });
    const anchor = write?.kind === 'insert' && 'anchor' in write.place ? write.place.anchor : null;
    expect(control!.firstParagraph).toBe(anchor!.paragraph + 1);
    // The region starts with its hidden, empty lead paragraph, then the caption.
    expect(after.paragraphs[control!.firstParagraph]!.text).toBe('');
    const caption = after.paragraphs[control!.firstParagraph + 1]!;
    expect(caption.text).toBe('Table 1: Recorded crime, region r1');
    expect(after.paragraphs[control!.lastParagraph]!.text).toBe(
      'Source: Synthetic sample data — not real figures',
    );
    expect(caption.styleName).toBe('Caption');
    expect(after.paragraphs.length).toBe(before.paragraphs.length + 3 + 3 * 2);
    expect(tableTexts(after)).toContainEqual([
      ['Crime type', 'Count'],
      ['Burglary', '100'],
      ['Total & <all>', '200'],
    ]);
    const inserted = after.tables.find((t) => t.rows[0]?.cells[0]?.text === 'Crime type');
    expect(inserted?.rows[0]?.header).toBe(true);
    expect(ourParts(after).map((p) => p.xml)).toEqual([stateXml(['r1'])]);
  });

  test('1 region and 30 regions take the same number of syncs', async () => {
    install();
    const one = inserts(await read(), 1);
    await new WordReportHost().writeRegions(one, stateOf(['r1']));
    const syncsForOne = installed!.fake.syncsPerRun[0];
    installed!.uninstall();

    install();
    const before = await read();
    const thirty = inserts(before, 30);
    await new WordReportHost().writeRegions(thirty, stateOf(thirty.map((_, i) => `r${i + 1}`)));
    expect(installed!.fake.syncsPerRun).toEqual([syncsForOne]);
    expect(syncsForOne).toBe(2);

    const after = await read();
    expect(liveControls(after).map((c) => c.tag)).toEqual(thirty.map((w) => w.tag));
    expect(after.tables.length).toBe(before.tables.length + 30);
    // Each region sits right after its own anchor, whose text is unchanged.
    for (const control of liveControls(after)) {
      const n = Number(control.tag!.replace('cr:live:r', ''));
      const write = thirty[n - 1]!;
      const anchorText = write.kind === 'insert' && 'anchor' in write.place ? write.place.anchor.text : '';
      expect(after.paragraphs[control.firstParagraph - 1]!.text).toBe(anchorText);
    }
  });

  test('at the cursor: after the paragraph holding it', async () => {
    install();
    const before = await read();
    const [anchor] = anchors(before, 2).slice(1);
    installed!.fake.document.selection = {
      start: { paragraph: anchor!.paragraph, offset: 1 },
      end: { paragraph: anchor!.paragraph, offset: 2 },
    };
    await new WordReportHost().writeRegions(
      [
        {
          kind: 'insert',
          tag: liveTag('c1'),
          title: 'At cursor',
          place: { atSelection: true },
          content: table('c1', 5),
        },
      ],
      null,
    );
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    const after = await read();
    expect(liveControls(after)[0]!.firstParagraph).toBe(anchor!.paragraph + 1);
    // No state written when the caller passes null.
    expect(ourParts(after)).toEqual(ourParts(before));
  });

  test('next to a paragraph in a table: before or after the whole table', async () => {
    install();
    const before = await read();
    const t = before.tables[0]!;
    const cell = t.rows[1]!.cells[0]!;
    const index = cell.paragraphs[0]!;
    await new WordReportHost().writeRegions(
      [
        {
          kind: 'insert',
          tag: liveTag('t1'),
          title: 'After table',
          place: { anchor: { paragraph: index, text: before.paragraphs[index]!.text }, location: 'After' },
          content: table('t1', 7),
        },
      ],
      null,
    );
    const after = await read();
    const control = liveControls(after)[0]!;
    expect(control.firstParagraph).toBe(t.lastParagraph + 1);
    expect(after.paragraphs[control.firstParagraph - 1]!.cell).not.toBeNull();
  });

  test('pictures in the content become inline pictures with their alt text', async () => {
    install();
    const before = await read();
    const [anchor] = anchors(before, 1);
    await new WordReportHost().writeRegions(
      [
        {
          kind: 'insert',
          tag: liveTag('p1'),
          title: 'Chart',
          place: { anchor: anchor!, location: 'Before' },
          content: {
            blocks: [
              {
                kind: 'picture',
                png: new Uint8Array([137, 80, 78, 71]),
                widthPx: 1200,
                heightPx: 600,
                widthInches: 6,
                name: 'Chart 1',
                title: 'Recorded crime',
                description: 'Line chart of recorded crime',
                drawingKey: 'cr:live:p1#picture',
              },
            ],
          },
        },
      ],
      null,
    );
    const after = await read();
    const control = liveControls(after)[0]!;
    expect(control.firstParagraph).toBe(anchor!.paragraph);
    expect(after.pictures).toContainEqual(
      expect.objectContaining({ paragraph: control.firstParagraph, altText: 'Line chart of recorded crime' }),
    );
  });
});

describe('refreshing and removing', () => {
  async function withRegions(count: number) {
    install();
    const before = await read();
    const writes = inserts(before, count);
    await new WordReportHost().writeRegions(writes, stateOf(writes.map((_, i) => `r${i + 1}`)));
    installed!.fake.resetCounts();
    return writes.map((w) => w.tag);
  }

  test('replacing 30 regions takes the same two syncs as 1, keeps each control, and changes the numbers', async () => {
    const tags = await withRegions(30);
    await new WordReportHost().writeRegions(
      [{ kind: 'replace', tag: tags[0]!, content: table('r1', 900) }],
      stateOf(['r1']),
    );
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    installed!.fake.resetCounts();

    const writes: RegionWrite[] = tags.map((tag, i) => ({
      kind: 'replace',
      tag,
      content: table(`r${i + 1}`, 500 + i),
    }));
    await new WordReportHost().writeRegions(writes, stateOf(['refreshed']));
    expect(installed!.fake.syncsPerRun).toEqual([2]);

    const after = await read();
    expect(liveControls(after).map((c) => c.tag)).toEqual(tags);
    for (const [i, control] of liveControls(after).entries()) {
      const region = after.tables.find(
        (t) => t.firstParagraph >= control.firstParagraph && t.lastParagraph <= control.lastParagraph,
      );
      expect(region?.rows[1]?.cells.map((c) => c.text)).toEqual(['Burglary', String(500 + i)]);
    }
    expect(ourParts(after).map((p) => p.xml)).toEqual([stateXml(['refreshed'])]);
  });

  test('remove takes the region away, or only its control when asked to keep the content', async () => {
    const tags = await withRegions(2);
    const before = await read();
    const [gone, kept] = liveControls(before);
    await new WordReportHost().writeRegions(
      [
        { kind: 'remove', tag: tags[0]!, keepContent: false },
        { kind: 'remove', tag: tags[1]!, keepContent: true },
      ],
      stateOf([]),
    );
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    const after = await read();
    expect(liveControls(after)).toEqual([]);
    const removedParagraphs = gone!.lastParagraph - gone!.firstParagraph + 1;
    expect(after.paragraphs.length).toBe(before.paragraphs.length - removedParagraphs);
    // The kept region's text is still there, as plain document text.
    // (Each region's first paragraph is its empty lead: the captions after them tell them apart.)
    const caption = (control: typeof gone) => before.paragraphs[control!.firstParagraph + 1]!.text;
    expect(after.paragraphs.map((p) => p.text)).toContain(caption(kept));
    expect(after.paragraphs.map((p) => p.text)).not.toContain(caption(gone));
  });
});

describe('refusals and failures leave the document as it was', () => {
  // Styles an inserted package brought in stay in the document, as in Word: not compared.
  const snapshotOfModel = () => JSON.stringify({ ...installed!.fake.document, stylesXml: null });

  test('a changed anchor paragraph: refused after one sync, nothing written', async () => {
    install();
    const writes = inserts(await read(), 3);
    const last = writes[2]!;
    if (last.kind === 'insert' && 'anchor' in last.place) last.place.anchor.text = 'Text that is not there';
    const model = snapshotOfModel();
    const error = await new WordReportHost().writeRegions(writes, stateOf(['x'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe('report-changed');
    expect((error as Error).message).toBe(REPORT_CHANGED_MESSAGE);
    expect(installed!.fake.syncsPerRun).toEqual([1]);
    expect(snapshotOfModel()).toBe(model);
  });

  test('a region that is gone, a duplicated tag, a tag already used: refused, nothing written', async () => {
    install();
    const before = await read();
    const model = snapshotOfModel();
    const missing = await new WordReportHost()
      .writeRegions([{ kind: 'replace', tag: liveTag('nope'), content: table('n', 1) }], null)
      .catch((e: unknown) => e);
    expect((missing as ReportError).code).toBe('control-not-found');
    expect(snapshotOfModel()).toBe(model);

    const writes = inserts(before, 2);
    writes[1] = { ...writes[1]!, tag: writes[0]!.tag } as RegionWrite;
    await expect(new WordReportHost().writeRegions(writes, null)).rejects.toThrow(/written twice/);

    await new WordReportHost().writeRegions(inserts(before, 1), null);
    const again = await new WordReportHost().writeRegions(inserts(before, 1), null).catch((e: unknown) => e);
    expect((again as ReportError).code).toBe('control-duplicated');
  });

  test.each([1, 2])(
    'a failing sync %i: the officer is told in plain words and nothing is written',
    async (n) => {
      install();
      const writes = inserts(await read(), 5);
      const model = snapshotOfModel();
      installed!.fake.failSync(n, 'AccessDenied', 'Access denied');
      const error = await new WordReportHost().writeRegions(writes, stateOf(['a'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WordWriteError);
      expect((error as WordWriteError).wordCode).toBe('AccessDenied');
      expect((error as Error).message).toMatch(
        /^Word could not insert the live data\. Word refused to change.* Nothing in the report was changed\./,
      );
      expect(snapshotOfModel()).toBe(model);
    },
  );

  test('Word failing part-way through the writes: the new regions it did write are taken out again', async () => {
    install();
    const writes = inserts(await read(), 3);
    // Word refuses the third one's content after writing the first two.
    writes[2] = { ...writes[2]!, content: contentWordRefuses() } as RegionWrite;
    const model = snapshotOfModel();
    const error = await new WordReportHost().writeRegions(writes, stateOf(['a'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordWriteError);
    expect((error as Error).message).toMatch(/Nothing in the report was changed\./);
    expect(snapshotOfModel()).toBe(model);
    // Two syncs, then in a fresh Word.run (office-js #3284) two to see the state part was not
    // written and two to take the first two regions out.
    expect(installed!.fake.syncsPerRun).toEqual([2, 4]);
  });

  test('part-way with a refresh in the batch: the officer is told part of it may be in the report', async () => {
    install();
    const [first] = inserts(await read(), 1);
    await new WordReportHost().writeRegions([first!], null);
    const before = await read();
    const [, second] = inserts(before, 2);
    const error = await new WordReportHost()
      .writeRegions(
        [
          { kind: 'replace', tag: first!.tag, content: table('r1', 999) },
          { ...second!, content: contentWordRefuses() } as RegionWrite,
        ],
        null,
      )
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /part of the change may be in the report: check the report again to see it\. Undo \(Ctrl\+Z\) takes it back a step at a time/,
    );
    // The refreshed region is there (Word ran it before failing); the new one was taken out.
    const after = await read();
    expect(liveControls(after).map((c) => c.tag)).toEqual([first!.tag]);
    expect(tableTexts(after)).toContainEqual(expect.arrayContaining([['Burglary', '999']]));
  });

  test('next to a paragraph inside nested content controls: refused in plain words, nothing written', async () => {
    const control = (id: number, first: number, last: number) => ({
      id,
      tag: `group-${id}`,
      title: '',
      type: 'RichText',
      subtype: 'RichTextParagraphs',
      appearance: 'BoundingBox',
      cannotDelete: false,
      cannotEdit: false,
      placeholderText: '',
      span: paragraphSpan(doc, first, last),
    });
    const doc = fakeDocument({
      paragraphs: ['Before', 'Outer start', 'Deep inside', 'Outer end', 'After'].map((t) => fakeParagraph(t)),
    });
    doc.contentControls = [control(1, 1, 3), control(2, 2, 2)];
    installed = installFakeWord(doc, { wordApi: '1.4' });
    const model = snapshotOfModel();
    const insert = (paragraph: number, text: string): RegionWrite => ({
      kind: 'insert',
      tag: liveTag(`at-${paragraph}`),
      title: 'Region',
      place: { anchor: { paragraph, text }, location: 'After' },
      content: table('x', 1),
    });
    const error = await new WordReportHost()
      .writeRegions([insert(2, 'Deep inside')], null)
      .catch((e: unknown) => e);
    expect((error as ReportError).code).toBe('region-place-unsupported');
    expect((error as Error).message).toMatch(/inside nested content controls.*ordinary paragraph/);
    expect(snapshotOfModel()).toBe(model);

    // One level of control is fine: the region goes after the whole control.
    await new WordReportHost().writeRegions([insert(1, 'Outer start')], null);
    const after = installed!.fake.document;
    const region = after.contentControls.find((c) => c.tag === liveTag('at-1'))!;
    expect(after.paragraphs[region.span.start.paragraph - 1]!.text).toBe('Outer end');
  });

  test('outside Word: a clear error', async () => {
    install();
    installed!.uninstall();
    await expect(new WordReportHost().writeRegions([], null)).rejects.toThrow(/only read the open document/);
    install();
  });
});
