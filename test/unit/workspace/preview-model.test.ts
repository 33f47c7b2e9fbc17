/** The workspace preview's model, from real documents: the sample report and one with a live region. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocxEditor } from '../../../src/docx/write/docx-editor';
import { readDocx } from '../../../src/docx/read/read-docx';
import { blockContentControl, liveTag } from '../../../src/ooxml/content-control';
import { paragraph } from '../../../src/ooxml/paragraph';
import {
  previewId,
  previewOf,
  previewTarget,
  tablePreviewId,
  type PreviewBlock,
  type PreviewItem,
} from '../../../src/workspace/preview-model';
import { pictureImages, shownImages } from '../../../src/workspace/picture-images';
import { downloadName, refuseFile } from '../../../src/workspace/workspace-host';

const SAMPLE = readFileSync(
  join(__dirname, '../../../src/workspace/sample/strategic-assessment-sample.docx'),
);

function blocks(items: PreviewItem[]): PreviewBlock[] {
  return items.flatMap((item) => (item.kind === 'block' ? [item.block] : item.region.blocks));
}

describe('previewOf', () => {
  const snapshot = readDocx(new Uint8Array(SAMPLE), 'sample.docx');
  const items = previewOf(snapshot);
  const all = blocks(items);

  it('shows every paragraph once, tables as tables, in document order', () => {
    const shown = new Set<number>();
    for (const block of all) {
      if (block.kind === 'paragraph') shown.add(block.index);
      else for (let p = block.firstParagraph; p <= block.lastParagraph; p++) shown.add(p);
    }
    expect(shown.size).toBe(snapshot.paragraphs.length);
    expect(all.filter((b) => b.kind === 'table')).toHaveLength(
      snapshot.tables.filter((t) => t.depth === 0).length,
    );
    const starts = all.map((b) => (b.kind === 'paragraph' ? b.index : b.firstParagraph));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('puts each comment on the paragraph it is anchored to, and each picture with its alt text state', () => {
    const comments = all.flatMap((b) => b.comments);
    expect(comments.map((c) => c.author).sort()).toEqual(snapshot.comments.map((c) => c.author).sort());
    const picture = all.find((b) => b.kind === 'paragraph' && b.pictures.length > 0);
    expect(picture?.kind === 'paragraph' && picture.pictures[0]?.altText).toBeFalsy();
  });

  it('keeps Word list labels (the recommendations "1.", "2.")', () => {
    const labelled = all.filter((b) => b.kind === 'paragraph' && b.label !== null);
    expect(labelled.map((b) => (b.kind === 'paragraph' ? b.label : null))).toEqual(
      expect.arrayContaining(['1.', '2.']),
    );
  });

  it('targets a paragraph in a table at its cell', () => {
    const table = snapshot.tables[0]!;
    const cell = table.rows[1]!.cells[1]!;
    expect(previewTarget(items, cell.paragraphs[0]!)).toBe(previewId(cell.paragraphs[0]!));
    expect(previewTarget(items, 0)).toBe(previewId(0));
    expect(tablePreviewId(2)).toBe('cr-preview-t2');
  });

  it('groups the blocks of a live region (content control tagged cr:live:*) under it', () => {
    const editor = DocxEditor.open(new Uint8Array(SAMPLE), 'sample.docx');
    const region = blockContentControl(
      { tag: liveTag('crime-summary'), title: 'Crime summary' },
      paragraph({ runs: 'Total crime: 12,345' }) + paragraph({ runs: 'Source: police.uk' }),
    );
    editor.insertBlocks(region, { after: 5 });
    const withRegion = previewOf(readDocx(editor.save(), 'live.docx'));
    const regions = withRegion.filter((i) => i.kind === 'region');
    expect(regions).toHaveLength(1);
    const found = regions[0]!;
    expect(found.kind === 'region' && found.region.id).toBe('crime-summary');
    expect(found.kind === 'region' && found.region.title).toBe('Crime summary');
    expect(
      found.kind === 'region' && found.region.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')),
    ).toEqual(['Total crime: 12,345', 'Source: police.uk']);
  });
});

describe('workspace files', () => {
  it('names the download after the report, marked edited once', () => {
    expect(downloadName('Report.docx')).toBe('Report (edited).docx');
    expect(downloadName('Report (edited).docx')).toBe('Report (edited).docx');
  });

  it('refuses what is not a .docx before reading it', () => {
    expect(refuseFile({ name: 'a.pdf', size: 10 })).toMatch(/not a Word document/);
    expect(refuseFile({ name: 'a.docx', size: 0 })).toMatch(/empty/);
    expect(refuseFile({ name: 'a.DOCX', size: 10 })).toBeNull();
  });
});

describe('pictureImages', () => {
  it("finds the image of the sample's picture, as the bytes stored in the package", () => {
    const bytes = new Uint8Array(SAMPLE);
    const snapshot = readDocx(bytes, 'sample.docx');
    expect(snapshot.pictures).toHaveLength(1);
    const images = pictureImages(bytes, 'sample.docx', snapshot.pictures);
    const image = images.get(0);
    expect(image?.contentType).toMatch(/^image\/(png|jpeg)$/);
    // A PNG or JPEG signature: the real picture, not some other part.
    expect([0x89, 0xff]).toContain(image!.bytes[0]);
  });

  it('keeps a placeholder for a format browsers do not show (EMF, TIFF)', () => {
    const image = (contentType: string) => ({ bytes: new Uint8Array([1]), contentType });
    const shown = shownImages(
      new Map([
        [0, image('image/x-emf')],
        [1, image('image/png')],
        [2, image('image/tiff')],
        [3, image('image/jpeg')],
      ]),
    );
    expect([...shown.keys()]).toEqual([1, 3]);
  });

  it('finds none where the document has no pictures', () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, '../../fixtures/reports/strategic-assessment-outline.docx')),
    );
    expect(pictureImages(bytes, 'outline.docx', readDocx(bytes, 'outline.docx').pictures).size).toBe(0);
  });
});
