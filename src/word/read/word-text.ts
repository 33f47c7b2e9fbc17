/**
 * Word's text as the snapshot writes it. In Word's text a manual line break is "\v", a page break
 * "\f" and a column break "\u000e" (all "\n" in the snapshot), a non-breaking hyphen is "\u001e",
 * paragraphs inside a range or cell are separated by "\r", and objects anchored in the text (note
 * references, optional hyphens and the like) are control characters that are not visible text.
 */

import { sameText } from '../../core/report/report-changed';

/* eslint-disable no-control-regex -- Word's text marks these things with control characters */
const BREAKS = /[\v\f\u000e]/g;
const NON_BREAKING_HYPHEN = /\u001e/g;
const INVISIBLE = /[\u0000-\u0008\u000f-\u001d\u001f]/g;
/* eslint-enable no-control-regex */

/** Text of one paragraph. */
export function paragraphText(text: string): string {
  return text.replace(BREAKS, '\n').replace(NON_BREAKING_HYPHEN, '\u2011').replace(INVISIBLE, '');
}

/** Word's paragraph text and the snapshot's, compared as the officer sees them (spacing aside). */
export function sameParagraphText(wordText: string, expected: string): boolean {
  return sameText(paragraphText(wordText), expected);
}

/** Text spanning paragraphs (a range, a cell, a control, a comment): paragraphs joined with "\n". */
export function multiParagraphText(text: string): string {
  return paragraphText(text.replace(/\r\n?/g, '\n'));
}

/**
 * Bullets come from Word as the character stored for the bullet font: Symbol's bullet is U+F0B7
 * (private use) or "·" (its code, 0xB7, as a Latin-1 character), and Wingdings' bullets sit in the
 * private-use range too; none of them reads as a bullet outside that font. The snapshot shows
 * them as "•".
 */
export function bulletLabel(listString: string): string {
  return listString.replace(/[\uf000-\uf0ff\u00b7]/g, '•');
}
