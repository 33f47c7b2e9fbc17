/**
 * Small, exact changes to package plumbing: a relationship, a content type, an element at the end
 * of a part's root. Each returns new text; the part's other bytes stay as they were.
 */
import { ReportError } from '../../core/errors';
import { escapeXml, isElement, parseXml, XmlError, type XmlElement } from '../../ooxml/xml';

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const REL_TYPES = {
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
} as const;
export const CONTENT_TYPES = {
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
} as const;

/**
 * A part parsed with its offsets, to be changed in place; XML problems are said as a file that
 * cannot be changed. `options` adds to the parse (e.g. document.xml's canonical prefixes).
 */
export function parsePart(
  text: string,
  part: string,
  fileName: string,
  options: { canonicalPrefixes?: Readonly<Record<string, string>> } = {},
): XmlElement {
  try {
    return parseXml(text, part, { ...options, positions: true });
  } catch (error) {
    if (error instanceof XmlError) {
      throw new ReportError(
        'docx-corrupt',
        `${fileName} cannot be changed: ${error.message} Open it in Word, which offers to repair it, and save it again.`,
        part,
      );
    }
    throw error;
  }
}

/** The prefix of the root element's name, with its colon ("" when unprefixed). */
function prefixOf(root: XmlElement): string {
  const colon = root.name.indexOf(':');
  return colon === -1 ? '' : root.name.slice(0, colon + 1);
}

/** `text` with `xml` added as the root element's last content. */
export function appendToRoot(text: string, root: XmlElement, xml: string): string {
  const position = root.position;
  if (!position) throw new Error('The part was parsed without positions.');
  if (position.innerStart === position.end) {
    // An empty-element root ("<Relationships .../>"): open it up.
    const close = text.lastIndexOf('/>', position.end);
    return `${text.slice(0, close)}>${xml}</${root.name}>${text.slice(position.end)}`;
  }
  return text.slice(0, position.innerEnd) + xml + text.slice(position.innerEnd);
}

/** A new relationships part holding one relationship. */
export function newRelationshipsPart(id: string, type: string, target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="${escapeXml(id)}" Type="${type}" ` +
    `Target="${escapeXml(target)}"/></Relationships>`
  );
}

/** Adds a relationship with an id not yet used; returns the new text and the id. */
export function addRelationship(
  text: string,
  part: string,
  fileName: string,
  type: string,
  target: string,
): { text: string; id: string } {
  const root = parsePart(text, part, fileName);
  const used = new Set<string>();
  for (const node of root.children) if (isElement(node)) used.add(node.attributes['Id'] ?? '');
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const xml = `<${prefixOf(root)}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return { text: appendToRoot(text, root, xml), id };
}

export interface ContentTypes {
  text: string;
  root: XmlElement;
}

/** True when [Content_Types].xml gives this extension a default type. */
export function hasDefault(types: ContentTypes, extension: string): boolean {
  return types.root.children.some(
    (node) =>
      isElement(node) &&
      node.name.endsWith('Default') &&
      (node.attributes['Extension'] ?? '').toLowerCase() === extension.toLowerCase(),
  );
}

/** Adds an Override for `partName` ("customXml/itemProps1.xml"). */
export function addOverride(types: ContentTypes, partName: string, contentType: string): string {
  const xml = `<${prefixOf(types.root)}Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`;
  return appendToRoot(types.text, types.root, xml);
}

/** Adds a Default content type for an extension ("png" → image/png). */
export function addDefault(types: ContentTypes, extension: string, contentType: string): string {
  const xml = `<${prefixOf(types.root)}Default Extension="${escapeXml(extension)}" ContentType="${contentType}"/>`;
  return appendToRoot(types.text, types.root, xml);
}
