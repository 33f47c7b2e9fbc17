/**
 * DocxEditor's pictures: PNG media parts (media/cr-chartN.png) with their relationships from the
 * main document and the png content type, and the chart pictures a refresh left unused.
 */
import type { PictureData } from '../../ooxml/render-blocks';
import { isElement } from '../../ooxml/xml';
import { CONTENT_TYPES_PART, type EditorParts } from './editor-parts';
import { relationshipsPartFor, resolveTarget } from '../read/package';
import {
  addDefault,
  addRelationship,
  hasDefault,
  newRelationshipsPart,
  parsePart,
  REL_TYPES,
} from './package-writes';

/**
 * Stores PNG pictures as media parts related from the main document and returns `blocks` with
 * each picture's placeholder r:embed id replaced by its new relationship's id: call it on block
 * content before inserting or replacing it. Every r:embed must name one of `pictures`.
 */
export function addPictures(parts: EditorParts, blocks: string, pictures: readonly PictureData[]): string {
  const used = [...blocks.matchAll(/\br:embed="([^"]*)"/g)].map((m) => m[1]!);
  const given = new Set(pictures.map((p) => p.relId));
  const unknown = used.find((id) => !given.has(id));
  if (unknown !== undefined) throw new RangeError(`The block shows a picture "${unknown}" it was not given.`);
  if (pictures.length === 0) return blocks;
  const changes = new Map<string, string>();
  const rels = parts.storedName(relationshipsPartFor(parts.main));
  let relsText = parts.partText(rels);
  const folder = parts.main.slice(0, parts.main.lastIndexOf('/') + 1);
  const ids = new Map<string, string>();
  const media = new Map<string, Uint8Array>();
  let n = nextMediaNumber(parts);
  for (const picture of pictures) {
    if (ids.has(picture.relId)) throw new RangeError(`Two pictures share the id "${picture.relId}".`);
    if (picture.contentType !== 'image/png' || !isPng(picture.bytes)) {
      throw new RangeError(`The picture "${picture.relId}" is not a PNG image.`);
    }
    const target = `media/cr-chart${n++}.png`;
    let id = 'rId1';
    if (relsText === null) relsText = newRelationshipsPart(id, REL_TYPES.image, target);
    else ({ text: relsText, id } = addRelationship(relsText, rels, parts.fileName, REL_TYPES.image, target));
    ids.set(picture.relId, id);
    media.set(folder + target, picture.bytes);
  }
  changes.set(rels, relsText!);
  const types = parts.contentTypes(changes);
  if (!hasDefault(types, 'png'))
    changes.set(parts.storedName(CONTENT_TYPES_PART), addDefault(types, 'png', 'image/png'));
  parts.commit(changes);
  for (const [name, bytes] of media) parts.media.set(name, bytes);
  return blocks.replace(/\br:embed="([^"]*)"/g, (_m, id: string) => `r:embed="${ids.get(id)!}"`);
}

/**
 * Our chart pictures (media/cr-chartN.png) that the main document no longer shows, after a
 * refresh replaced them: their relationships and parts are left out on save, so a document
 * refreshed every month does not grow. Another product's pictures are never touched, nor ours
 * while any other part still relates to them.
 */
export function unusedChartPictures(
  parts: EditorParts,
): { rels: string; text: string; parts: Set<string> } | null {
  if (!parts.edited.has(parts.storedName(parts.main))) return null;
  const rels = parts.storedName(relationshipsPartFor(parts.main));
  const text = parts.partText(rels);
  if (text === null || !text.includes('cr-chart')) return null;
  const document = parts.documentText();
  const root = parsePart(text, rels, parts.fileName);
  const cuts: { start: number; end: number }[] = [];
  const unused = new Set<string>();
  for (const node of root.children) {
    if (!isElement(node) || node.attributes['Type'] !== REL_TYPES.image) continue;
    const target = node.attributes['Target'] ?? '';
    if (!/(^|\/)media\/cr-chart\d+\.png$/.test(target) || node.attributes['TargetMode'] === 'External')
      continue;
    const id = node.attributes['Id'] ?? '';
    if (new RegExp(`="${id.replace(/[^\w]/g, '\\$&')}"`).test(document) || !node.position) continue;
    cuts.push({ start: node.position.start, end: node.position.end });
    const part = parts.storedName(resolveTarget(parts.main, target));
    const elsewhere = [
      ...parts.pkg.partNames(/\.rels$/),
      ...parts.newParts.filter((n) => n.endsWith('.rels')),
    ]
      .filter((name) => name.toLowerCase() !== rels.toLowerCase())
      .some((name) => (parts.partText(name) ?? '').includes(target.slice(target.lastIndexOf('/') + 1)));
    if (!elsewhere) unused.add(part);
  }
  if (cuts.length === 0) return null;
  let pruned = text;
  for (const cut of cuts.sort((a, b) => b.start - a.start))
    pruned = pruned.slice(0, cut.start) + pruned.slice(cut.end);
  return { rels, text: pruned, parts: unused };
}

function nextMediaNumber(parts: EditorParts): number {
  let highest = 0;
  for (const name of [...parts.pkg.partNames(/media\/cr-chart\d+\.png$/), ...parts.media.keys()]) {
    const number = /cr-chart(\d+)\.png$/i.exec(name)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return highest + 1;
}

/** PNG bytes start with this signature. */
function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return bytes.length > 24 && signature.every((b, i) => bytes[i] === b);
}
