/**
 * Where things are in document.xml, as offsets into its text: the top-level blocks of the body
 * with the snapshot paragraphs each holds, and the content controls by tag. Writers splice at
 * these offsets, so everything they do not touch stays exactly as Word wrote it.
 */
import { ReportError } from '../../core/errors';
import { CANONICAL_PREFIXES, NS } from '../../ooxml/namespaces';
import { child, isElement, path, type XmlElement, type XmlPosition } from '../../ooxml/xml';
import { StoryReader } from '../read/body';
import { parsePart } from './package-writes';
import { StyleSheet } from '../read/styles';

export interface BodyBlock {
  element: XmlElement;
  position: XmlPosition;
  /** First snapshot paragraph inside the block, and how many it holds (0 for markers, sectPr). */
  firstParagraph: number;
  paragraphCount: number;
}

export interface LocatedControl {
  sdt: XmlElement;
  position: XmlPosition;
  /** The w:sdtContent element, when the control has one. */
  content: XmlElement | null;
  /**
   * What the control goes around: whole paragraphs and tables ("block"), runs inside a paragraph
   * ("inline"), table rows ("row") or cells ("cell"). Only a block control can take block content.
   */
  level: 'block' | 'inline' | 'row' | 'cell';
  /** The element that holds the control: w:body, w:tc, w:sdtContent, w:p, ... */
  parent: XmlElement;
}

export interface DocumentLayout {
  root: XmlElement;
  body: XmlElement;
  part: string;
}

export interface BodyBlocks {
  blocks: BodyBlock[];
  paragraphCount: number;
}

function positionOf(element: XmlElement): XmlPosition {
  if (!element.position) throw new Error('The document was parsed without positions.');
  return element.position;
}

/** Parses document.xml with offsets; refuses documents our "w:" builders cannot be spliced into. */
export function layoutDocument(text: string, part: string, fileName: string): DocumentLayout {
  const root = parsePart(text, part, fileName, { canonicalPrefixes: CANONICAL_PREFIXES });
  const body = root.name === 'w:document' ? child(root, 'w:body') : null;
  if (!body || root.attributes['xmlns:w'] !== NS.w) {
    throw new ReportError(
      'docx-cannot-edit',
      `${fileName} cannot be changed by Council Report: its main document is not stored the way Word ` +
        'normally saves it (for example, it was saved as "Strict Open XML"). Open it in Word and save it ' +
        'as "Word Document (*.docx)", then try again.',
      part,
    );
  }
  return { root, body, part };
}

const blocksCache = new WeakMap<DocumentLayout, BodyBlocks>();

/**
 * The body's top-level blocks with the snapshot paragraphs each holds. Counted by the reader that
 * makes snapshots, so indices agree with readDocx; worked out only when an index is needed.
 */
export function bodyBlocks(layout: DocumentLayout): BodyBlocks {
  const cached = blocksCache.get(layout);
  if (cached) return cached;
  const reader = new StoryReader(StyleSheet.read(null, []), null, [], layout.part);
  const blocks: BodyBlock[] = [];
  for (const node of layout.body.children) {
    if (!isElement(node)) continue;
    const firstParagraph = reader.paragraphs.length;
    reader.blocks({ name: 'w:body', attributes: {}, children: [node] });
    blocks.push({
      element: node,
      position: positionOf(node),
      firstParagraph,
      paragraphCount: reader.paragraphs.length - firstParagraph,
    });
  }
  const result = { blocks, paragraphCount: reader.paragraphs.length };
  blocksCache.set(layout, result);
  return result;
}

/** The top-level block holding a snapshot paragraph, or null when the index is out of range. */
export function blockHolding(layout: DocumentLayout, paragraph: number): BodyBlock | null {
  return (
    bodyBlocks(layout).blocks.find(
      (b) =>
        b.paragraphCount > 0 &&
        paragraph >= b.firstParagraph &&
        paragraph < b.firstParagraph + b.paragraphCount,
    ) ?? null
  );
}

/** Where new blocks go at the end of the body: before the final section properties. */
export function endOfBody(layout: DocumentLayout): number {
  const last = layout.body.children.filter(isElement).at(-1);
  if (last && last.name === 'w:sectPr') return positionOf(last).start;
  return positionOf(layout.body).innerEnd;
}

/** Wrappers that do not change what level their content is at. */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:ins',
  'w:del',
  'w:moveTo',
  'w:moveFrom',
]);
const LEVEL_INSIDE: Record<string, LocatedControl['level']> = {
  'w:p': 'inline',
  'w:tbl': 'row',
  'w:tr': 'cell',
  'w:tc': 'block',
  'w:body': 'block',
};

/** Every content control in the body with this tag (w:sdtPr/w:tag/@w:val), in document order. */
export function controlsTagged(layout: DocumentLayout, tag: string): LocatedControl[] {
  return [...(controlIndex(layout).get(tag) ?? [])];
}

/**
 * Every tagged control of a layout by tag, found in one walk and kept with the layout (a new
 * layout is made whenever the document changes): a refresh of 30 regions looks up 30 tags.
 */
const controlIndexes = new WeakMap<DocumentLayout, Map<string, LocatedControl[]>>();

function controlIndex(layout: DocumentLayout): Map<string, LocatedControl[]> {
  const cached = controlIndexes.get(layout);
  if (cached) return cached;
  const index = new Map<string, LocatedControl[]>();
  const visit = (element: XmlElement, level: LocatedControl['level']) => {
    for (const node of element.children) {
      if (!isElement(node)) continue;
      const tag = node.name === 'w:sdt' ? path(node, 'w:sdtPr', 'w:tag')?.attributes['w:val'] : undefined;
      if (tag !== undefined) {
        const found = index.get(tag) ?? [];
        found.push({
          sdt: node,
          position: positionOf(node),
          content: child(node, 'w:sdtContent'),
          level,
          parent: element,
        });
        index.set(tag, found);
      }
      visit(node, TRANSPARENT.has(node.name) ? level : (LEVEL_INSIDE[node.name] ?? 'inline'));
    }
  };
  visit(layout.body, 'block');
  controlIndexes.set(layout, index);
  return index;
}

/** All content-control tags in a piece of XML (parsed already). */
export function tagsIn(element: XmlElement, into: Set<string> = new Set()): Set<string> {
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === 'w:tag' && node.attributes['w:val'] !== undefined) into.add(node.attributes['w:val']);
    tagsIn(node, into);
  }
  return into;
}
