/**
 * Namespace URIs of WordprocessingML and the prefixes our readers and writers use for them.
 *
 * Readers match qualified names ("w:p"), so a part that binds a namespace to another prefix is
 * rewritten to these prefixes while it is parsed (see `ParseOptions.canonicalPrefixes`). Strict
 * OOXML (ISO/IEC 29500 Strict) uses other URIs for the same vocabularies; they map to the same
 * prefixes, so a Strict document reads like a Transitional one.
 */

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  adec: 'http://schemas.microsoft.com/office/drawing/2017/decorative',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
} as const;

export type Prefix = keyof typeof NS;

/** Namespace URI → prefix, including Strict OOXML and pre-release URIs Word once wrote. */
export const CANONICAL_PREFIXES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(NS).map(([prefix, uri]) => [uri, prefix])),
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
  // Word 2013 previews (and files saved by them) used this URI for w15.
  'http://schemas.microsoft.com/office/word/2010/11/wordml': 'w15',
};

/**
 * Prefixes an `mc:Choice Requires="..."` may name for us to take that choice: vocabularies whose
 * content reads the same as (or better than) the fallback.
 */
export const UNDERSTOOD_PREFIXES: ReadonlySet<string> = new Set([
  'w14',
  'w15',
  'w16cid',
  'w16cex',
  'wps',
  'wpg',
  'wpc',
  'wp14',
  'a14',
  'v',
  'o',
  'm',
]);

/** The namespace of Council Report's own state part (see custom-xml-part.ts). */
export const REPORT_NAMESPACE = 'urn:council-report:v1';
