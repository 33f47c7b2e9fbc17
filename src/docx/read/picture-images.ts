/**
 * The image behind each picture of a .docx snapshot, as data (bytes and content type), for the
 * browser workspace's preview: found through the picture's a:blip (DrawingML) or v:imagedata (VML)
 * relationship in the main document.
 *
 * Pictures are matched to the snapshot's by what Word stores about them (name, alternative text,
 * title), in document order, not by counting: the reader skips text boxes, deleted text and
 * unused mc:AlternateContent branches, and a count would drift where a match by identity does
 * not. A picture without a match, or whose image is linked rather than stored, has none.
 */
import type { Picture } from '../../core/report/snapshot';
import { DocxPackage } from './package';
import { child, isElement, type XmlElement } from '../../ooxml/xml';

export interface PictureImage {
  bytes: Uint8Array;
  contentType: string;
}

interface Candidate {
  key: string;
  relId: string;
}

const keyOf = (name: string | null, alt: string | null, title: string | null) =>
  JSON.stringify([name ?? '', alt ?? '', title ?? '']);

function firstDescendant(element: XmlElement, name: string): XmlElement | null {
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const found = firstDescendant(node, name);
    if (found) return found;
  }
  return null;
}

function candidatesIn(element: XmlElement, into: Candidate[]): Candidate[] {
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === 'wp:inline' || node.name === 'wp:anchor') {
      const docPr = child(node, 'wp:docPr');
      const relId = firstDescendant(node, 'a:blip')?.attributes['r:embed'];
      if (relId) {
        const a = docPr?.attributes ?? {};
        into.push({ key: keyOf(a['name'] ?? null, a['descr'] ?? null, a['title'] ?? null), relId });
      }
      continue;
    }
    const imagedata = child(node, 'v:imagedata');
    if (imagedata) {
      // As the reader names VML pictures (pictures.ts): the shape's id and alt, the data's title.
      const relId = imagedata.attributes['r:id'];
      const title = imagedata.attributes['o:title'] || null;
      if (relId)
        into.push({
          key: keyOf(node.attributes['id'] ?? null, node.attributes['alt'] ?? null, title),
          relId,
        });
      continue;
    }
    candidatesIn(node, into);
  }
  return into;
}

/** The image of each snapshot picture (by its index in `pictures`) stored in the package. */
export function pictureImages(
  bytes: Uint8Array,
  fileName: string,
  pictures: readonly Picture[],
): Map<number, PictureImage> {
  const found = new Map<number, PictureImage>();
  if (pictures.length === 0) return found;
  const pkg = DocxPackage.open(bytes, fileName);
  const main = pkg.mainDocumentPart();
  const root = pkg.readXml(main);
  if (!root) return found;
  const candidates = candidatesIn(root, []);
  const relationships = new Map(pkg.relationships(main).map((r) => [r.id, r]));
  const used = new Set<number>();
  pictures.forEach((picture, index) => {
    const key = keyOf(picture.name, picture.altText, picture.title);
    const at = candidates.findIndex((c, i) => !used.has(i) && c.key === key);
    if (at === -1) return;
    used.add(at);
    const relationship = relationships.get(candidates[at]!.relId);
    if (!relationship || relationship.external) return;
    const contentType = pkg.contentType(relationship.target);
    const image = pkg.read(relationship.target);
    if (image && contentType) found.set(index, { bytes: image, contentType });
  });
  return found;
}
