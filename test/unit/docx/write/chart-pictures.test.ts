/**
 * Pictures in DocxEditor: PNG media parts, image relationships and the png content type for chart
 * blocks, and the clean-up on refresh (a replaced chart's old PNG leaves the package; other
 * pictures stay).
 */
import { unzipSync } from 'fflate';
import { figureBlock } from '../../../support/reference-blocks';
import { blockContentControl, liveTag } from '../../../../src/ooxml/content-control';
import { DocxEditor } from '../../../../src/docx/write/docx-editor';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { makeDocx, p } from '../make-docx';

/** A valid 1×1 PNG with a marker byte in a private chunk, so two pictures' bytes differ. */
function png(marker: number): Uint8Array {
  const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([
    ...head,
    0,
    0,
    0,
    13,
    73,
    72,
    68,
    82,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    marker,
  ]);
}

function chartXml(title: string, relId = 'rIdChart1'): string {
  return figureBlock({
    caption: title,
    source: 'Synthetic sample data — not real figures',
    picture: {
      relId,
      widthEmu: 5486400,
      heightEmu: 2743200,
      docPrId: 77,
      name: 'Chart test',
      title,
      description: `About ${title}`,
    },
  });
}

const text = (files: Record<string, Uint8Array>, name: string) => new TextDecoder().decode(files[name]);
const mediaOf = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((n) => n.startsWith('word/media/'))
    .sort();

// Another product's picture, which no clean-up may touch.
const OTHER_PICTURE =
  '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Logo" descr="Council logo"/>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  '<pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>';

function report(): Uint8Array {
  return makeDocx({
    body: p('Introduction') + OTHER_PICTURE + p('End'),
    extra: { 'word/_rels/document.xml.rels': RELS, 'word/media/image1.png': png(9) },
  });
}

function insertChart(editor: DocxEditor, id: string, title: string, bytes: Uint8Array): void {
  const xml = editor.addPictures(chartXml(title), [{ relId: 'rIdChart1', contentType: 'image/png', bytes }]);
  editor.insertBlocks(blockContentControl({ tag: liveTag(id), title }, xml), { atEnd: true });
}

describe('chart pictures in a .docx', () => {
  it('adds the PNG as a media part with an image relationship and a png Default content type', () => {
    const editor = DocxEditor.open(report(), 'r.docx');
    insertChart(editor, 'c1', 'Trend', png(1));
    insertChart(editor, 'c2', 'SPC', png(2));
    const files = unzipSync(editor.save());
    expect(mediaOf(files)).toEqual([
      'word/media/cr-chart1.png',
      'word/media/cr-chart2.png',
      'word/media/image1.png',
    ]);
    expect(files['word/media/cr-chart2.png']).toEqual(png(2));
    const types = text(files, '[Content_Types].xml');
    expect(types.match(/Extension="png"/g)).toHaveLength(1);
    const rels = text(files, 'word/_rels/document.xml.rels');
    const document = text(files, 'word/document.xml');
    for (const target of ['media/cr-chart1.png', 'media/cr-chart2.png']) {
      const id = new RegExp(`Id="([^"]+)"[^>]*Target="${target}"`).exec(rels)![1]!;
      expect(document).toContain(`r:embed="${id}"`);
    }
    expect(document).not.toContain('rIdChart1');
    const snapshot = readDocx(editor.save(), 'r.docx');
    expect(snapshot.pictures.map((pic) => [pic.title, pic.altText])).toEqual([
      [null, 'Council logo'],
      ['Trend', 'About Trend'],
      ['SPC', 'About SPC'],
    ]);
  });

  it('refuses a block naming a picture it was not given, or bytes that are not PNG, changing nothing', () => {
    const editor = DocxEditor.open(report(), 'r.docx');
    const before = editor.save();
    expect(() => editor.addPictures(chartXml('X', 'rIdOther'), [])).toThrow(/was not given/);
    expect(() =>
      editor.addPictures(chartXml('X'), [
        { relId: 'rIdChart1', contentType: 'image/png', bytes: new Uint8Array(40) },
      ]),
    ).toThrow(/not a PNG/);
    expect(editor.save()).toEqual(before);
  });

  it('refuses picture markup whose DrawingML prefixes the block does not bind itself', () => {
    const editor = DocxEditor.open(report(), 'r.docx');
    const unbound = chartXml('X').replace(/ xmlns:wp="[^"]*"/, '');
    expect(() => editor.insertBlocks(unbound, { atEnd: true })).toThrow(/not "wp"/);
    const wrongUri = chartXml('X').replace(/xmlns:a="[^"]*"/g, 'xmlns:a="urn:other"');
    expect(() => editor.insertBlocks(wrongUri, { atEnd: true })).toThrow(/not "a"/);
  });

  it('on refresh drops the replaced PNG and its relationship, keeping the other chart and the logo', () => {
    const first = DocxEditor.open(report(), 'r.docx');
    insertChart(first, 'c1', 'Trend', png(1));
    insertChart(first, 'c2', 'SPC', png(2));
    const refreshed = DocxEditor.open(first.save(), 'r.docx');
    const xml = refreshed.addPictures(chartXml('Trend, refreshed'), [
      { relId: 'rIdChart1', contentType: 'image/png', bytes: png(3) },
    ]);
    refreshed.replaceControlContent(liveTag('c1'), xml);
    const files = unzipSync(refreshed.save());
    expect(mediaOf(files)).toEqual([
      'word/media/cr-chart2.png',
      'word/media/cr-chart3.png',
      'word/media/image1.png',
    ]);
    expect(files['word/media/cr-chart3.png']).toEqual(png(3));
    const rels = text(files, 'word/_rels/document.xml.rels');
    expect(rels).not.toContain('cr-chart1.png');
    expect(rels).toContain('media/image1.png');
    const snapshot = readDocx(refreshed.save(), 'r.docx');
    expect(snapshot.pictures.map((pic) => pic.title)).toEqual([null, 'Trend, refreshed', 'SPC']);
  });
});
