/**
 * DocxEditor's block content and content-control changes: inserting blocks next to a paragraph,
 * replacing block-level controls' content (many in one pass), removing or unwrapping a control.
 */
import { ReportError } from '../../core/errors';
import { assertBlockContent } from '../../ooxml/content-control';
import { NS } from '../../ooxml/namespaces';
import { isElement, type XmlElement } from '../../ooxml/xml';
import {
  blockHolding,
  bodyBlocks,
  controlsTagged,
  endOfBody,
  tagsIn,
  type LocatedControl,
} from './document-blocks';
import type { EditorParts } from './editor-parts';

export type InsertPlace = { after: number } | { before: number } | { atEnd: true };

export function insertBlocks(parts: EditorParts, blocks: string, place: InsertPlace): void {
  checkBlocks(parts, blocks);
  const layout = parts.layout();
  let offset: number;
  if ('atEnd' in place) offset = endOfBody(layout);
  else {
    const index = 'after' in place ? place.after : place.before;
    const block = blockHolding(layout, index);
    if (!block) {
      throw new RangeError(
        `There is no paragraph ${index} in ${parts.fileName} (it has ${bodyBlocks(layout).paragraphCount} paragraphs).`,
      );
    }
    offset = 'after' in place ? block.position.end : block.position.start;
  }
  const text = parts.documentText();
  parts.setDocument(text.slice(0, offset) + blocks + text.slice(offset));
}

/** Replaces several controls' content in one pass (a refresh of every live region). */
export function replaceControlContents(parts: EditorParts, contents: ReadonlyMap<string, string>): void {
  const splices: { from: number; to: number; xml: string; tag: string }[] = [];
  for (const [tag, blocks] of contents) {
    checkBlocks(parts, blocks, new Set(contents.keys()));
    const control = onlyControl(parts, tag, 'block');
    const xml = `<w:sdtContent>${blocks}</w:sdtContent>`;
    const content = control.content?.position;
    if (content) splices.push({ from: content.start, to: content.end, xml, tag });
    else splices.push({ from: control.position.innerEnd, to: control.position.innerEnd, xml, tag });
  }
  splices.sort((a, b) => b.from - a.from);
  for (let i = 1; i < splices.length; i++) {
    const [later, earlier] = [splices[i - 1]!, splices[i]!];
    if (earlier.to > later.from) {
      throw new RangeError(
        `The controls "${earlier.tag}" and "${later.tag}" are nested; replace one at a time.`,
      );
    }
  }
  let text = parts.documentText();
  for (const splice of splices) text = text.slice(0, splice.from) + splice.xml + text.slice(splice.to);
  parts.setDocument(text);
}

/** Removes the control and its content, or with `keepContent` only the control around it. */
export function removeControl(parts: EditorParts, tag: string, options: { keepContent?: boolean }): void {
  // Unwrapping suits any control; removing a row or cell control with its content would break the table.
  const control = onlyControl(parts, tag, options.keepContent ? 'any' : 'block');
  const text = parts.documentText();
  const inner = control.content?.position;
  let replacement = options.keepContent && inner ? text.slice(inner.innerStart, inner.innerEnd) : '';
  // A table cell must keep a paragraph, or Word reports the file as damaged.
  const cellKeepsParagraph = control.parent.children.some((n) => isElement(n) && n.name === 'w:p');
  if (control.parent.name === 'w:tc' && !cellKeepsParagraph && !/<w:p[ />]/.test(replacement))
    replacement += '<w:p/>';
  parts.setDocument(text.slice(0, control.position.start) + replacement + text.slice(control.position.end));
}

function onlyControl(parts: EditorParts, tag: string, level: 'block' | 'any'): LocatedControl {
  const found = controlsTagged(parts.layout(), tag);
  if (found.length === 0) {
    throw new ReportError(
      'control-not-found',
      `The content control "${tag}" is not in ${parts.fileName}; it may have been deleted.`,
    );
  }
  if (found.length > 1) {
    throw new ReportError(
      'control-duplicated',
      `${parts.fileName} has ${found.length} content controls tagged "${tag}" (copied and pasted?). ` +
        'Delete the copies you do not want, then try again.',
    );
  }
  const control = found[0]!;
  if (level === 'block' && control.level !== 'block') {
    const where = control.level === 'inline' ? 'inside a paragraph' : `around a table ${control.level}`;
    throw new ReportError(
      'control-not-block',
      `The content control "${tag}" sits ${where}, so Council Report cannot change it. ` +
        'Delete it and insert the element again.',
    );
  }
  return control;
}

/** Well-formed block content, in the "w" namespace only, not reusing a tag the document has. */
function checkBlocks(
  parts: EditorParts,
  blocks: string,
  replacingTags: ReadonlySet<string> = new Set(),
): void {
  const parsed = assertBlockContent(blocks);
  const foreign = foreignPrefix(parsed);
  if (foreign !== null)
    throw new RangeError(
      `Block content may use only the "w" namespace prefix (and, declared in the block, a picture's), not "${foreign}".`,
    );
  const existing = parts.controlTags();
  for (const tag of tagsIn(parsed)) {
    if (existing.has(tag) && !replacingTags.has(tag)) {
      throw new ReportError(
        'control-duplicated',
        `${parts.fileName} already has a content control tagged "${tag}"; each live region needs its own id.`,
      );
    }
  }
}

/** DrawingML prefixes of inline pictures (`addPictures`): a block must bind them itself. */
const PICTURE_PREFIXES = new Set<string>(['wp', 'a', 'pic', 'r']);

/**
 * A namespace prefix used in the element or below it that the block cannot rely on, if any: "w"
 * (and "xml") are bound by every document; the picture prefixes only where the block binds them to
 * their DrawingML namespaces, since the document may not.
 */
function foreignPrefix(element: XmlElement, bound: ReadonlySet<string> = new Set()): string | null {
  let inScope = bound;
  for (const [name, value] of Object.entries(element.attributes)) {
    const prefix = name.startsWith('xmlns:') ? name.slice('xmlns:'.length) : null;
    if (prefix !== null && PICTURE_PREFIXES.has(prefix) && value === NS[prefix as keyof typeof NS]) {
      inScope = new Set([...inScope, prefix]);
    }
  }
  for (const name of [element.name, ...Object.keys(element.attributes)]) {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? null : name.slice(0, colon);
    if (prefix === null || prefix === 'w' || prefix === 'xml' || prefix === 'xmlns') continue;
    if (!inScope.has(prefix)) return prefix;
  }
  for (const node of element.children) {
    const found = isElement(node) ? foreignPrefix(node, inScope) : null;
    if (found !== null) return found;
  }
  return null;
}
