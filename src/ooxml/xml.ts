/**
 * The XML layer in one import: the strict parser (xml-parser.ts), its errors (xml-error.ts), the
 * tree and its reading helpers (xml-tree.ts) and the escape function writers use (xml-escape.ts).
 * Callers import from here; the pieces are split only to keep each one small.
 */
export { DEFAULT_MAX_DEPTH, decodeXmlBytes, parseXml, parseXmlBytes, type ParseOptions } from './xml-parser';
export { XmlError } from './xml-error';
export { escapeXml } from './xml-escape';
export {
  child,
  children,
  declaredNamespace,
  isElement,
  localName,
  path,
  textContent,
  type XmlElement,
  type XmlNode,
  type XmlPosition,
} from './xml-tree';
