/**
 * A small, strict XML parser for the parts of an OOXML package.
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
import { attributeValue, characterData, normaliseNewlines } from './xml-character-data';
import { fail, lineAndColumn, refuseDoctype, XmlError } from './xml-error';
import { canonicalise, NamespaceScope } from './xml-namespace-scope';
import type { XmlElement } from './xml-tree';

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
  /**
   * Elements (by canonical name) the reader never looks at: they are checked as strictly as the
   * rest, errors and all, but left out of the tree with everything inside them. A large part is
   * mostly formatting a check never reads (font sizes, spacing, indents), and building it costs
   * more than checking it. Ignored with `positions` (writers need every element).
   */
  skip?: ReadonlySet<string>;
}

export const DEFAULT_MAX_DEPTH = 512;

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const DQUOTE = 34; // "
const SQUOTE = 39; // '
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

/*
 * The common, well-formed case goes through sticky regular expressions, which run as compiled
 * code from the first use: a one-file check parses a large document.xml once, mostly before the
 * JavaScript engine has optimised the character loops. Whatever they do not match (including every
 * error) goes through the careful loops, which say exactly what is wrong and where.
 */
/** The rest of a name: up to a space, ">", "/", "=" or the end (see `isNameEnd`). */
const NAME_REST = /[^ \t\n\r>/=]*/y;
/** One attribute with the space before it: a name (see `isNameStart`), "=", a quoted value. */
const ATTRIBUTE =
  /[ \t\n\r]+([A-Za-z_:\u0080-\uffff][^ \t\n\r>/=]*)[ \t\n\r]*=[ \t\n\r]*(?:"([^"]*)"|'([^']*)')/y;

/**
 * A whole start tag with at most one attribute (so no repeated name), no namespace declaration
 * and a value with nothing to decode: all a skipped element needs to be known well-formed. Anything
 * else goes through the full path and is dropped afterwards.
 */
const PLAIN_TAG_REST =
  /(?:[ \t\n\r]+(?!xmlns)[A-Za-z_:\u0080-\uffff][^ \t\n\r>/=]*[ \t\n\r]*=[ \t\n\r]*(?:"[^"<&]*"|'[^'<&]*'))?[ \t\n\r]*\/?>/y;

/** Stands on the stack for a skipped element: nothing is ever added to it. */
const SKIPPED: XmlElement = { name: '', attributes: {}, children: [] };

function isWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Parses one XML document and returns its root element. `part` names the document in errors
 * (e.g. "word/document.xml").
 */
export function parseXml(text: string, part: string, options: ParseOptions = {}): XmlElement {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const positions = options.positions === true;
  const scope = options.canonicalPrefixes ? new NamespaceScope(options.canonicalPrefixes) : null;
  const skip = positions ? null : (options.skip ?? null);
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
      const parent = stack[stack.length - 1];
      if (parent) {
        const data = characterData(raw, text, part, pos);
        if (parent !== SKIPPED) parent.children.push(data);
      } else if (!isWhitespace(raw)) fail(text, part, pos, 'text is not allowed outside the root element');
    }
    if (lt === -1) break;
    const next = text.charCodeAt(lt + 1);

    if (next === SLASH) {
      const gt = text.indexOf('>', lt + 2);
      if (gt === -1) fail(text, part, lt, 'the end tag is not closed');
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      const written = openNames.pop();
      const name = text.slice(lt + 2, nameEnd);
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
        const parent = stack[stack.length - 1];
        if (!parent) fail(text, part, lt, 'CDATA is not allowed outside the root element');
        if (parent !== SKIPPED) parent.children.push(normaliseNewlines(text.slice(lt + 9, end)));
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
    NAME_REST.lastIndex = p;
    NAME_REST.test(text);
    p = NAME_REST.lastIndex;
    const writtenName = text.slice(lt + 1, p);
    const parent = stack[stack.length - 1];
    if (
      skip !== null &&
      parent !== undefined &&
      (parent === SKIPPED || (!scope?.renaming && skip.has(writtenName)))
    ) {
      PLAIN_TAG_REST.lastIndex = p;
      if (PLAIN_TAG_REST.test(text)) {
        const end = PLAIN_TAG_REST.lastIndex;
        if (stack.length >= maxDepth) tooDeep(text, part, lt, maxDepth);
        if (text.charCodeAt(end - 2) !== SLASH) {
          stack.push(SKIPPED);
          openNames.push(writtenName);
        }
        pos = end;
        continue;
      }
    }
    const attributes: Record<string, string> = {};
    const element: XmlElement = { name: writtenName, attributes, children: [] };
    let selfClosing = false;
    let declaresNamespace = false;
    for (;;) {
      ATTRIBUTE.lastIndex = p;
      const match = ATTRIBUTE.exec(text);
      // A repeated name is left to the careful loop, which reports it.
      if (match !== null && !Object.hasOwn(attributes, match[1] as string)) {
        const attrName = match[1] as string;
        const raw = match[2] ?? match[3] ?? '';
        p = ATTRIBUTE.lastIndex;
        attributes[attrName] = attributeValue(raw, text, part, p - 1 - raw.length);
        if (attrName.charCodeAt(0) === 120 /* x */ && attrName.startsWith('xmlns')) declaresNamespace = true;
        continue;
      }
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

    if (stack.length >= maxDepth) tooDeep(text, part, lt, maxDepth);
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

    const skipped = parent === SKIPPED || (skip !== null && parent !== undefined && skip.has(element.name));
    if (parent) {
      if (!skipped) parent.children.push(element);
    } else if (root) fail(text, part, lt, 'a document has only one root element');
    else root = element;

    if (selfClosing) {
      if (scope) scope.leave(stack.length + 1);
    } else {
      stack.push(skipped ? SKIPPED : element);
      openNames.push(writtenName);
    }
    pos = p;
  }

  const unclosed = openNames.at(-1);
  if (unclosed !== undefined) fail(text, part, len, `the part ends before </${unclosed}> was closed`);
  if (!root) fail(text, part, len, 'there is no root element');
  return root;
}

function tooDeep(text: string, part: string, at: number, maxDepth: number): never {
  const { line, column } = lineAndColumn(text, at);
  throw new XmlError(
    'xml-too-deep',
    `The part ${part} nests elements more than ${maxDepth} deep (line ${line}, column ${column}). ` +
      'Word does not write documents like this; the file may have been made to attack the reader.',
    part,
    line,
    column,
  );
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
