/**
 * The light tree the XML parser (xml-parser.ts) builds, and the helpers readers walk it with:
 * elements with their qualified name, an attribute map and children, text as plain strings.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. "w:p" (or with the canonical prefix, see `ParseOptions`). */
  name: string;
  /** Attribute values by qualified name, entity references decoded. */
  attributes: Record<string, string>;
  children: XmlNode[];
  /**
   * Where the element sits in the parsed text, when parsed with `positions: true`: writers splice
   * changes into the original text so everything they do not touch stays byte for byte.
   */
  position?: XmlPosition;
}

/** Offsets into the string given to `parseXml`. */
export interface XmlPosition {
  /** The "<" of the start tag. */
  start: number;
  /** Just after the start tag's ">" (equals `end` for an empty-element tag). */
  innerStart: number;
  /** The "<" of the end tag (equals `end` for an empty-element tag). */
  innerEnd: number;
  /** Just after the end tag's ">". */
  end: number;
}

/** A child is an element or a run of character data (text and CDATA, decoded). */
export type XmlNode = XmlElement | string;

// Reading helpers. Names are qualified ("w:p"); readers rely on canonical prefixes.

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** The part of a qualified name after the prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** First child element with this name, or null. */
export function child(element: XmlElement, name: string): XmlElement | null {
  for (const node of element.children) {
    if (typeof node === 'object' && node.name === name) return node;
  }
  return null;
}

/** Child elements, optionally only those with this name. */
export function children(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of element.children) {
    if (typeof node === 'object' && (name === undefined || node.name === name)) out.push(node);
  }
  return out;
}

/** Follows a path of child names, e.g. path(style, 'w:pPr', 'w:outlineLvl'). */
export function path(element: XmlElement | null, ...names: string[]): XmlElement | null {
  let current = element;
  for (const name of names) {
    if (!current) return null;
    current = child(current, name);
  }
  return current;
}

/** All character data below the element, in document order. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const node of element.children) out += typeof node === 'string' ? node : textContent(node);
  return out;
}

/** The namespace URI bound to the element's own prefix by its own declarations ("" if none). */
export function declaredNamespace(element: XmlElement): string {
  const colon = element.name.indexOf(':');
  const attr = colon === -1 ? 'xmlns' : `xmlns:${element.name.slice(0, colon)}`;
  return element.attributes[attr] ?? '';
}
