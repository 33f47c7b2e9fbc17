/**
 * A live region's boundary: a block-level rich-text content control (w:sdt) around whole
 * paragraphs and tables, tagged `cr:live:<id>` so `getByTag` finds it in one call.
 *
 * It never shares a paragraph with the author's text: insertOoxml around an inline control can
 * duplicate content on Word on the web.
 *
 * ```xml
 * <xsd:complexType name="CT_SdtBlock"> <xsd:sequence>
 *   <xsd:element name="sdtPr" type="CT_SdtPr" minOccurs="0"/>
 *   <xsd:element name="sdtEndPr" type="CT_SdtEndPr" minOccurs="0"/>
 *   <xsd:element name="sdtContent" type="CT_SdtContentBlock" minOccurs="0"/> </xsd:sequence>
 * <xsd:complexType name="CT_SdtPr"> <xsd:sequence>
 *   <xsd:element name="rPr" minOccurs="0"/> <xsd:element name="alias" minOccurs="0"/>
 *   <xsd:element name="tag" minOccurs="0"/> <xsd:element name="id" type="CT_DecimalNumber" minOccurs="0"/>
 *   <xsd:element name="lock" type="CT_Lock" minOccurs="0"/> ... <!-- no type element: rich text -->
 * <xsd:simpleType name="ST_Lock"> sdtLocked | contentLocked | unlocked | sdtContentLocked
 * ```
 */
import { NS } from './namespaces';
import { attribute } from './text';
import { isElement, parseXml, XmlError, type XmlElement } from './xml';

// A live region's tag is the domain's (core/state/live-tag.ts); still named here for the tests
// that import it from this module.
export { LIVE_TAG_PREFIX, liveRegionId, liveTag } from '../core/state/live-tag';

export interface ContentControlModel {
  /** The tag Word stores and `getByTag` matches, e.g. `liveTag(id)`. */
  tag: string;
  /** Title shown on the control's handle in Word (w:alias). */
  title: string;
  /** w:id; defaults to a number derived from the tag, so a refresh keeps the same id. */
  controlId?: number;
  /** "sdtLocked": cannot be deleted; "contentLocked": cannot be edited; "both"; default none. */
  lock?: 'sdtLocked' | 'contentLocked' | 'both';
}

/** A positive 31-bit number from the tag (FNV-1a): stable across refreshes, rarely shared. */
export function controlIdFor(tag: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < tag.length; i++) {
    hash ^= tag.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

const BLOCK_ELEMENTS = new Set(['w:p', 'w:tbl', 'w:sdt', 'w:customXml']);

/**
 * Checks, and returns parsed inside a w:body, that `blocks` is well-formed block-level WordprocessingML (paragraphs, tables, block
 * controls): wrapping a run or bare text would make the control share a paragraph.
 */
export function assertBlockContent(blocks: string): XmlElement {
  let root: XmlElement;
  try {
    root = parseXml(`<w:body xmlns:w="${NS.w}">${blocks}</w:body>`, 'block content');
  } catch (error) {
    if (error instanceof XmlError)
      throw new RangeError(`The block content is not well-formed XML: ${error.message}`);
    throw error;
  }
  let count = 0;
  for (const node of root.children) {
    if (!isElement(node)) {
      if (node.trim() !== '') throw new RangeError('Block content cannot hold bare text.');
      continue;
    }
    if (!BLOCK_ELEMENTS.has(node.name))
      throw new RangeError(`Block content must be paragraphs or tables, not <${node.name}>.`);
    count++;
  }
  if (count === 0) throw new RangeError('Block content needs at least one paragraph or table.');
  return root;
}

/** A block-level rich-text control around `blocks` (paragraphs and tables). */
export function blockContentControl(model: ContentControlModel, blocks: string): string {
  assertBlockContent(blocks);
  const locks = model.lock === 'both' ? 'sdtContentLocked' : model.lock;
  return (
    '<w:sdt><w:sdtPr>' +
    `<w:alias ${attribute('w:val', model.title)}/>` +
    `<w:tag ${attribute('w:val', model.tag)}/>` +
    `<w:id ${attribute('w:val', model.controlId ?? controlIdFor(model.tag))}/>` +
    (locks ? `<w:lock ${attribute('w:val', locks)}/>` : '') +
    `</w:sdtPr><w:sdtContent>${blocks}</w:sdtContent></w:sdt>`
  );
}

/**
 * An empty paragraph, hidden and 1 pt high, to put first in a live region whose first paragraph
 * holds a field (a "Table N:" or "Figure N:" caption).
 *
 * Why: LibreOffice (7.4, and the current import still does it) reads a block content control with
 * no type element as a plain-text form field over the control's first paragraph, and a field in
 * that paragraph then shows as its code: "Table SEQ Table \* ARABIC 1: …", in LibreOffice and in
 * every PDF made with it. With this paragraph first, the form field holds nothing and the caption
 * keeps a real SEQ field (LibreOffice shows "Table 1:", Word numbers and cross-references it).
 * Word does not show or print a paragraph whose mark is hidden, and the region text hash ignores
 * it (it has no text), so regions written before it still hash the same.
 */
export const REGION_LEAD_PARAGRAPH =
  '<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
  '<w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';
