/**
 * The values hash of a live region: what tells a region edited by hand from one that is as we
 * wrote it. Both hosts read a control's text differently (Word separates table cells and
 * paragraphs with other characters than the .docx reader), so the hash is taken over the visible
 * text with every whitespace character removed, and with caption numbers dropped ("Table 3:" →
 * "Table:"), because Word renumbers SEQ fields when tables are added above.
 *
 * At write time the text comes from the block XML itself (`blockText`), so any element, including
 * ones registered by other modules, gets a hash without saying what its text is.
 */
import { NS } from '../../ooxml/namespaces';
import { isElement, parseXml, type XmlElement } from '../../ooxml/xml';

/** Visible text of block WordprocessingML: runs' text, tabs, breaks, field results (not field codes). */
export function blockText(xml: string): string {
  const declarations = (['w', 'r', 'wp', 'a', 'pic'] as const)
    .map((prefix) => `xmlns:${prefix}="${NS[prefix]}"`)
    .join(' ');
  const root = parseXml(`<w:body ${declarations}>${xml}</w:body>`, 'live region');
  const out: string[] = [];
  const walk = (element: XmlElement): void => {
    for (const node of element.children) {
      if (!isElement(node)) continue;
      switch (node.name) {
        case 'w:t':
          for (const text of node.children) if (!isElement(text)) out.push(text);
          break;
        case 'w:tab':
          out.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          out.push('\n');
          break;
        case 'w:instrText':
        case 'w:delText':
        case 'w:sdtPr':
        case 'w:rPr':
        case 'w:pPr':
          break;
        default:
          walk(node);
          if (node.name === 'w:p') out.push('\n');
      }
    }
  };
  walk(root);
  return out.join('');
}

/** The text a hash is taken over: no whitespace, caption numbers dropped. */
export function normalisedRegionText(text: string): string {
  return text.replace(/\s+/gu, '').replace(/\b(Table|Figure)\d+:/g, '$1:');
}

/** FNV-1a (32-bit, hex) of the normalised text: a change detector, not a security measure. */
export function valuesHash(visibleText: string): string {
  const text = normalisedRegionText(visibleText);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0') + `-${text.length.toString(36)}`;
}
