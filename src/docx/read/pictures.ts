/**
 * Pictures in a run: DrawingML (wp:inline / wp:anchor with wp:docPr) and legacy VML
 * (v:shape holding v:imagedata). Alternative text is wp:docPr/@descr; a picture marked
 * decorative carries the adec:decorative extension and needs none.
 */
import type { Picture } from '../../core/report/snapshot';
import { child, children, path, type XmlElement } from '../../ooxml/xml';

function isTrue(value: string): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** Pictures in a w:drawing. Text boxes are left out: they are stories, not pictures. */
export function drawingPictures(drawing: XmlElement, paragraph: number): Picture[] {
  const pictures: Picture[] = [];
  for (const node of drawing.children) {
    if (typeof node !== 'object' || (node.name !== 'wp:inline' && node.name !== 'wp:anchor')) continue;
    const graphicData = path(node, 'a:graphic', 'a:graphicData');
    if (graphicData && path(graphicData, 'wps:wsp', 'wps:txbx')) continue;
    const docPr = child(node, 'wp:docPr');
    const extensions = path(docPr, 'a:extLst');
    const decorative = extensions
      ? children(extensions, 'a:ext')
          .map((ext) => child(ext, 'adec:decorative'))
          .find((mark) => mark !== null)
      : undefined;
    pictures.push({
      paragraph,
      name: docPr?.attributes['name'] ?? null,
      altText: docPr?.attributes['descr'] ?? null,
      title: docPr?.attributes['title'] ?? null,
      decorative: decorative ? isTrue(decorative.attributes['val'] ?? '1') : false,
    });
  }
  return pictures;
}

/** Legacy VML pictures (Word 2003, and old files' fallbacks): a shape holding image data. */
export function vmlPictures(pict: XmlElement, paragraph: number): Picture[] {
  const pictures: Picture[] = [];
  for (const shape of children(pict)) {
    const imagedata = child(shape, 'v:imagedata');
    if (!imagedata) continue;
    pictures.push({
      paragraph,
      name: shape.attributes['id'] ?? null,
      altText: shape.attributes['alt'] ?? null,
      title: imagedata.attributes['o:title'] || null,
      decorative: false,
    });
  }
  return pictures;
}
