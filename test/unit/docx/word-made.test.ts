/**
 * Every Word-made fixture reads, and the snapshot hangs together. Facts about particular files
 * are pinned in the word-made-*.test.ts files; the values were checked against the XML
 * (unzip -p file word/document.xml) by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSnapshot } from '../../../src/core/report/snapshot';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { fixture, FIXTURES, readFixture, WORD_MADE } from './fixtures';

interface ManifestEntry {
  file: string;
}

const manifest = JSON.parse(
  readFileSync(join(FIXTURES, 'word-made', 'manifest.json'), 'utf8'),
) as ManifestEntry[];

function inRange(index: number | null, snapshot: ReportSnapshot): boolean {
  return index === null || (index >= 0 && index < snapshot.paragraphs.length);
}

describe('every Word-made fixture', () => {
  it('is listed in the manifest, all 29 of them', () => {
    expect(manifest).toHaveLength(29);
    expect(
      Object.values(WORD_MADE)
        .map((path) => path.replace('word-made/', ''))
        .sort(),
    ).toEqual(manifest.map((entry) => entry.file).sort());
  });

  it.each(manifest.map((entry) => entry.file))('%s reads into a consistent snapshot', (file) => {
    const snapshot = readFixture(`word-made/${file}`);
    expect(snapshot.paragraphs.length).toBeGreaterThan(0);
    snapshot.paragraphs.forEach((paragraph, i) => {
      expect(paragraph.index).toBe(i);
      if (paragraph.headingLevel !== null) expect(paragraph.headingLevel).toBeGreaterThanOrEqual(1);
      if (paragraph.cell)
        expect(
          snapshot.tables[paragraph.cell.table]?.rows[paragraph.cell.row]?.cells[paragraph.cell.cell],
        ).toBeDefined();
    });
    for (const table of snapshot.tables) {
      expect(inRange(table.firstParagraph, snapshot) && inRange(table.lastParagraph, snapshot)).toBe(true);
      for (const cell of table.rows.flatMap((row) => row.cells)) {
        expect(cell.text).toBe(cell.paragraphs.map((i) => snapshot.paragraphs[i]?.text).join('\n'));
      }
    }
    for (const control of snapshot.contentControls) {
      expect(control.firstParagraph).toBeLessThanOrEqual(control.lastParagraph);
      expect(inRange(control.lastParagraph, snapshot)).toBe(true);
    }
    for (const picture of snapshot.pictures) expect(inRange(picture.paragraph, snapshot)).toBe(true);
    for (const thread of snapshot.comments) expect(inRange(thread.anchorParagraph, snapshot)).toBe(true);
  });

  it('reads the 78-page report with no surprises but one: a list level its numbering lacks', () => {
    expect(readFixture(WORD_MADE.background).warnings).toEqual([
      { where: 'word/numbering.xml', message: expect.stringContaining('List numbering 22 has no level 1') },
    ]);
  });
});

describe('document properties', () => {
  it('reads core properties, treating the empty elements Word writes as unset', () => {
    expect(readFixture(WORD_MADE.background).properties).toEqual({
      title: 'Introduction',
      subject: null,
      author: 'MATHUR',
      lastModifiedBy: 'v-lioli',
      created: '2007-09-27T06:31:00Z',
      modified: '2007-09-27T06:31:00Z',
      keywords: null,
      description: null,
      custom: {},
    });
    expect(readFixture(WORD_MADE.coverPage).properties).toMatchObject({
      title: 'Test Cover page',
      subject: null,
    });
    expect(readFixture(WORD_MADE.comment048).properties.author).toBe(
      'W丫¥ل云玗İαЂ:Øñ thë Ìñsért tæþ, thè gællèríës íñ¢lµðé ï',
    );
  });

  it('reads custom properties as text', () => {
    expect(readFixture(WORD_MADE.businessPlan).properties.custom).toEqual({ _TemplateID: 'TC010175201033' });
    expect(readFixture(WORD_MADE.trackedRevisions).properties.custom).toMatchObject({
      ContentTypeId: '0x0101000A43E41467BA974A8F337738B5BFD2D600C66CD2622FF87B49ADDA6FEE9729BCA8',
      _workflowInstanceId: 'b999045a-f5a5-42c2-91ed-fe25ca43e5d4',
    });
  });
});

describe('custom XML parts', () => {
  it('finds a part in a folder spelled customXML, with no namespace on its root', () => {
    const [part, ...rest] = readFixture(WORD_MADE.dataBound).customXmlParts;
    expect(rest).toEqual([]);
    expect(part?.id).toBe('customXML/item.xml');
    expect(part?.namespaceUri).toBe('');
    expect(part?.xml).toContain('<Name>Eric White</Name>');
  });

  it('lists item parts in order with the namespace of each root element', () => {
    expect(
      readFixture(WORD_MADE.memoTemplate).customXmlParts.map((part) => [part.id, part.namespaceUri]),
    ).toEqual([
      ['customXml/item1.xml', 'http://schemas.openxmlformats.org/officeDocument/2006/bibliography'],
      ['customXml/item2.xml', 'http://schemas.microsoft.com/office/2006/metadata/contentType'],
      ['customXml/item3.xml', 'http://schemas.microsoft.com/sharepoint/v3/contenttype/forms'],
      ['customXml/item4.xml', 'http://schemas.microsoft.com/office/2006/metadata/properties'],
    ]);
    expect(readFixture(WORD_MADE.coverPage).customXmlParts.map((part) => part.namespaceUri)).toEqual([
      'http://schemas.microsoft.com/office/2006/coverPageProps',
      'http://schemas.openxmlformats.org/officeDocument/2006/bibliography',
    ]);
    expect(readFixture(WORD_MADE.trackedRevisions).customXmlParts).toHaveLength(4);
  });
});

describe('DocxReportHost', () => {
  it('is a docx host named after the file, and reads once', async () => {
    const host = new DocxReportHost(fixture(WORD_MADE.singleParagraph), 'single-paragraph.docx');
    expect(host.kind).toBe('docx');
    expect(host.name).toBe('single-paragraph.docx');
    const progress: [number, string][] = [];
    const first = await host.readSnapshot((fraction, stage) => progress.push([fraction, stage]));
    expect(first.paragraphs.map((x) => x.text)).toEqual(['Walking on imported air']);
    expect(await host.readSnapshot()).toBe(first);
    expect(progress.at(-1)?.[0]).toBe(1);
  });

  it('rejects with the reader error for a file that is not a .docx', async () => {
    const host = new DocxReportHost(new TextEncoder().encode('Dear Councillor'), 'letter.txt');
    await expect(host.readSnapshot()).rejects.toMatchObject({ code: 'docx-not-zip' });
  });
});
