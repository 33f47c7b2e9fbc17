/**
 * A small, strict XML parser for the parts of an OOXML package, and the escape function the
 * writers use.
 *
 * Why our own: it must run unchanged in Node and the browser, refuse DTDs (so no entity expansion
 * attack can reach us), report errors with the part name and a line and column, and be fast: a
 * 200-page report's document.xml is several megabytes. It works in one pass with indexOf and
 * charCodeAt and builds a light tree: elements with their qualified name, an attribute map and
 * children, text as plain strings.
 *
 * What it does not do: validate names character by character against the XML Name production,
 * or read DTDs (refused outright; Office never writes one).
 */
import { ReportError } from '../core/errors';

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

export interface ParseOptions {
  /** Deepest element nesting accepted; deeper input is refused (`xml-too-deep`). Default 512. */
  maxDepth?: number;
  /**
   * Canonical prefix for each namespace URI. When a part binds a known namespace to another
   * prefix (or to the default namespace), element and attribute names are rewritten to the
   * canonical prefix, so readers can match "w:p" whatever prefix the producer chose.
   */
  canonicalPrefixes?: Readonly<Record<string, string>>;
  /** Record each element's offsets in `XmlElement.position`. Default false. */
  positions?: boolean;
}

/** A part that is not well-formed XML, with where the parser stopped. */
export class XmlError extends ReportError {
  constructor(
    code: string,
    message: string,
    part: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(code, message, part);
    this.name = 'XmlError';
  }
}

export const DEFAULT_MAX_DEPTH = 512;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const DQUOTE = 34; // "
const SQUOTE = 39; // '
const AMP = 38; // &
const COLON = 58; // :

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Characters that may not start a name: ASCII other than letters, "_" and ":". */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON || c >= 128;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH || c === EQUALS || Number.isNaN(c); /* end of input */
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function fail(text: string, part: string, offset: number, problem: string): never {
  const { line, column } = lineAndColumn(text, offset);
  throw new XmlError(
    'xml-malformed',
    `The part ${part} is not well-formed XML (line ${line}, column ${column}: ${problem}).`,
    part,
    line,
    column,
  );
}

function refuseDoctype(text: string, part: string, offset: number, what: string): never {
  const { line, column } = lineAndColumn(text, offset);
  throw new XmlError(
    'xml-doctype',
    `The part ${part} contains ${what} (line ${line}, column ${column}). Word never writes one, and it ` +
      'can be used to attack the reader, so the file is refused.',
    part,
    line,
    column,
  );
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references in `raw`. */
function decodeReferences(raw: string, text: string, part: string, base: number): string {
  let out = '';
  let from = 0;
  let amp = raw.indexOf('&');
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) fail(text, part, base + amp, "'&' must start an entity reference");
    out += raw.slice(from, amp);
    const ref = raw.slice(amp + 1, semi);
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = hex ? ref.slice(2) : ref.slice(1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      const allowed =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 32 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) fail(text, part, base + amp, `&${ref}; is not a valid character reference`);
      out += String.fromCodePoint(code);
    } else {
      const value = PREDEFINED[ref];
      if (value === undefined) fail(text, part, base + amp, `the entity &${ref}; is not defined`);
      out += value;
    }
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** XML end-of-line handling: CR LF and lone CR become LF. */
function normaliseNewlines(s: string): string {
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
}

function characterData(raw: string, text: string, part: string, base: number): string {
  const s = raw.indexOf('&') === -1 ? raw : decodeReferences(raw, text, part, base);
  return normaliseNewlines(s);
}

/** Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and newlines become spaces. */
function attributeValue(raw: string, text: string, part: string, base: number): string {
  let special = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === LT) fail(text, part, base + i, "'<' is not allowed in an attribute value");
    if (c === AMP || c === 9 || c === 10 || c === 13) special = true;
  }
  if (!special) return raw;
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.indexOf('&') === -1 ? spaced : decodeReferences(spaced, text, part, base);
}

function isWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Prefix bindings in scope, with an undo log so leaving an element restores the outer ones. */
class NamespaceScope {
  private readonly bindings = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  private readonly undo: { depth: number; prefix: string; previous: string | undefined }[] = [];
  /** Set once a known namespace is bound to a prefix other than its canonical one. */
  renaming = false;
  /** Prefixes ("" for the default namespace) that have been bound to a namespace with another canonical prefix. */
  private readonly renamed = new Set<string>();

  constructor(private readonly canonical: Readonly<Record<string, string>>) {}

  bind(depth: number, prefix: string, uri: string): void {
    this.undo.push({ depth, prefix, previous: this.bindings.get(prefix) });
    this.bindings.set(prefix, uri);
    const wanted = this.canonical[uri];
    if (wanted !== undefined && wanted !== prefix) {
      this.renaming = true;
      this.renamed.add(prefix);
    }
  }

  leave(depth: number): void {
    for (let last = this.undo.at(-1); last !== undefined && last.depth >= depth; last = this.undo.at(-1)) {
      this.undo.pop();
      if (last.previous === undefined) this.bindings.delete(last.prefix);
      else this.bindings.set(last.prefix, last.previous);
    }
  }

  /** The name with its prefix replaced by the canonical one for its namespace, if there is one. */
  rename(name: string, isAttribute: boolean): string {
    const colon = name.indexOf(':');
    if (colon === -1 && isAttribute) return name; // unprefixed attributes are in no namespace
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    // Most names use a prefix that was never bound elsewhere: no lookup needed.
    if (!this.renamed.has(prefix)) return name;
    if (prefix === 'xmlns' || (prefix === '' && name === 'xmlns')) return name;
    const uri = this.bindings.get(prefix);
    const wanted = uri === undefined ? undefined : this.canonical[uri];
    if (wanted === undefined || wanted === prefix) return name;
    const local = colon === -1 ? name : name.slice(colon + 1);
    return wanted === '' ? local : `${wanted}:${local}`;
  }
}

/**
 * Parses one XML document and returns its root element. `part` names the document in errors
 * (e.g. "word/document.xml").
 */
export function parseXml(text: string, part: string, options: ParseOptions = {}): XmlElement {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const positions = options.positions === true;
  const scope = options.canonicalPrefixes ? new NamespaceScope(options.canonicalPrefixes) : null;
  const len = text.length;
  const stack: XmlElement[] = [];
  // Names as written, for matching end tags (renaming may have changed `element.name`).
  const openNames: string[] = [];
  let root: XmlElement | null = null;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (pos < len) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.children.push(characterData(raw, text, part, pos));
      else if (!isWhitespace(raw)) fail(text, part, pos, 'text is not allowed outside the root element');
    }
    if (lt === -1) break;
    const next = text.charCodeAt(lt + 1);

    if (next === SLASH) {
      const gt = text.indexOf('>', lt + 2);
      if (gt === -1) fail(text, part, lt, 'the end tag is not closed');
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = text.slice(lt + 2, nameEnd);
      const written = openNames.pop();
      const closed = stack.pop();
      if (positions && closed?.position) {
        closed.position.innerEnd = lt;
        closed.position.end = gt + 1;
      }
      if (written === undefined) fail(text, part, lt, `the end tag </${name}> has no start tag`);
      if (written !== name) fail(text, part, lt, `expected </${written}> but found </${name}>`);
      if (scope) scope.leave(stack.length + 1);
      pos = gt + 1;
      continue;
    }

    if (next === QUESTION) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) fail(text, part, lt, 'the processing instruction is not closed');
      pos = end + 2;
      continue;
    }

    if (next === BANG) {
      if (text.startsWith('--', lt + 2)) {
        const end = text.indexOf('-->', lt + 4);
        if (end === -1) fail(text, part, lt, 'the comment is not closed');
        pos = end + 3;
        continue;
      }
      if (text.startsWith('[CDATA[', lt + 2)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) fail(text, part, lt, 'the CDATA section is not closed');
        const parent = stack.at(-1);
        if (!parent) fail(text, part, lt, 'CDATA is not allowed outside the root element');
        parent.children.push(normaliseNewlines(text.slice(lt + 9, end)));
        pos = end + 3;
        continue;
      }
      if (text.startsWith('DOCTYPE', lt + 2))
        refuseDoctype(text, part, lt, 'a document type declaration (<!DOCTYPE)');
      if (text.startsWith('ENTITY', lt + 2))
        refuseDoctype(text, part, lt, 'an entity declaration (<!ENTITY)');
      fail(text, part, lt, "'<!' must start a comment or CDATA section");
    }

    // Start tag.
    let p = lt + 1;
    if (!isNameStart(text.charCodeAt(p))) fail(text, part, lt, "'<' must start a tag");
    while (!isNameEnd(text.charCodeAt(p))) p++;
    const writtenName = text.slice(lt + 1, p);
    const attributes: Record<string, string> = {};
    const element: XmlElement = { name: writtenName, attributes, children: [] };
    let selfClosing = false;
    let declaresNamespace = false;
    for (;;) {
      const before = p;
      while (isSpace(text.charCodeAt(p))) p++;
      const c = text.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH && text.charCodeAt(p + 1) === GT) {
        selfClosing = true;
        p += 2;
        break;
      }
      if (p >= len) fail(text, part, lt, `the start tag <${writtenName}> is not closed`);
      if (p === before || !isNameStart(c)) fail(text, part, p, `unexpected character in <${writtenName}>`);
      const nameStart = p;
      while (!isNameEnd(text.charCodeAt(p))) p++;
      const attrName = text.slice(nameStart, p);
      while (isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== EQUALS) fail(text, part, p, `the attribute ${attrName} has no value`);
      p++;
      while (isSpace(text.charCodeAt(p))) p++;
      const quote = text.charCodeAt(p);
      if (quote !== DQUOTE && quote !== SQUOTE)
        fail(text, part, p, `the value of ${attrName} must be quoted`);
      const valueEnd = text.indexOf(quote === DQUOTE ? '"' : "'", p + 1);
      if (valueEnd === -1) fail(text, part, p, `the value of ${attrName} is not closed`);
      if (Object.hasOwn(attributes, attrName))
        fail(text, part, nameStart, `the attribute ${attrName} appears twice`);
      attributes[attrName] = attributeValue(text.slice(p + 1, valueEnd), text, part, p + 1);
      if (attrName.charCodeAt(0) === 120 /* x */ && attrName.startsWith('xmlns')) declaresNamespace = true;
      p = valueEnd + 1;
    }

    if (stack.length >= maxDepth) {
      const { line, column } = lineAndColumn(text, lt);
      throw new XmlError(
        'xml-too-deep',
        `The part ${part} nests elements more than ${maxDepth} deep (line ${line}, column ${column}). ` +
          'Word does not write documents like this; the file may have been made to attack the reader.',
        part,
        line,
        column,
      );
    }
    if (positions) element.position = { start: lt, innerStart: p, innerEnd: p, end: p };
    if (scope) {
      if (declaresNamespace) {
        for (const attr in attributes) {
          if (attr === 'xmlns') scope.bind(stack.length + 1, '', attributes[attr] ?? '');
          else if (attr.startsWith('xmlns:'))
            scope.bind(stack.length + 1, attr.slice(6), attributes[attr] ?? '');
        }
      }
      if (scope.renaming) canonicalise(element, scope);
    }

    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) fail(text, part, lt, 'a document has only one root element');
    else root = element;

    if (selfClosing) {
      if (scope) scope.leave(stack.length + 1);
    } else {
      stack.push(element);
      openNames.push(writtenName);
    }
    pos = p;
  }

  const unclosed = openNames.at(-1);
  if (unclosed !== undefined) fail(text, part, len, `the part ends before </${unclosed}> was closed`);
  if (!root) fail(text, part, len, 'there is no root element');
  return root;
}

function canonicalise(element: XmlElement, scope: NamespaceScope): void {
  element.name = scope.rename(element.name, false);
  let renamed: Record<string, string> | null = null;
  for (const attr in element.attributes) {
    if (attr.indexOf(':') === -1) continue;
    const wanted = scope.rename(attr, true);
    if (wanted === attr) continue;
    renamed ??= {};
    renamed[wanted] = element.attributes[attr] ?? '';
  }
  if (renamed) {
    for (const attr in element.attributes) {
      const wanted = attr.indexOf(':') === -1 ? attr : scope.rename(attr, true);
      if (wanted === attr) renamed[attr] = element.attributes[attr] ?? '';
    }
    element.attributes = renamed;
  }
}

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a part's bytes to text. OPC allows UTF-8 and UTF-16 (with a byte order mark); the BOM
 * is dropped.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    const [b0, b1] = bytes;
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  return utf8.decode(bytes);
}

export function parseXmlBytes(bytes: Uint8Array, part: string, options?: ParseOptions): XmlElement {
  return parseXml(decodeXmlBytes(bytes), part, options);
}

/** Escapes text for an element's content or an attribute value (either quote style). */
export function escapeXml(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let replacement: string;
    if (c === AMP) replacement = '&amp;';
    else if (c === LT) replacement = '&lt;';
    else if (c === GT) replacement = '&gt;';
    else if (c === DQUOTE) replacement = '&quot;';
    else if (c === SQUOTE) replacement = '&apos;';
    // Tabs and newlines in attributes would be normalised to spaces by a reader: keep them.
    else if (c === 9) replacement = '&#9;';
    else if (c === 10) replacement = '&#10;';
    else if (c === 13) replacement = '&#13;';
    // Control characters cannot appear in XML 1.0 at all; Word drops them too.
    else if (c < 32 || c === 0xfffe || c === 0xffff) replacement = '';
    else continue;
    out += value.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

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
