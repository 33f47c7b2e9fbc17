/**
 * The values hash of a live region: what tells a region edited by hand from one that is as we
 * wrote it. Both hosts read a control's text differently (Word separates table cells and
 * paragraphs with other characters than the .docx reader), so the hash is taken over the visible
 * text with every whitespace character removed, and with caption numbers dropped ("Table 3:" →
 * "Table:"), because Word renumbers SEQ fields when tables are added above.
 *
 * At write time the text comes from the region's blocks (`contentText`), so any element, including
 * ones added by other modules, gets a hash without saying what its text is, and nothing is parsed.
 */
import type { RegionContent } from '../content/blocks';
import { contentText } from '../content/text';

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

/** The values hash of a region about to be written: taken over its blocks' visible text. */
export function contentHash(content: RegionContent): string {
  return valuesHash(contentText(content.blocks));
}
