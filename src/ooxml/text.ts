/**
 * Text and attribute values for the builders: whatever a data source or an author typed, the
 * XML we write stays well-formed and shows the value as written.
 */
import { escapeXml } from './xml';

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and newline, U+FFFE/U+FFFF, lone
 * surrogate halves) and the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). The bidi controls are legal XML but let a value reorder how the figures around
 * it read ("Trojan Source"); right-to-left names display correctly without them.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNWANTED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** The value with the characters we never write removed (see `UNWANTED`). */
export function cleanText(value: string): string {
  return value.replace(UNWANTED, '');
}

/** A value for element content or an attribute: cleaned, then escaped (so "]]>" cannot close anything). */
export function xmlValue(value: string): string {
  return escapeXml(cleanText(value));
}

/** `name="value"` with the value cleaned and escaped. */
export function attribute(name: string, value: string | number): string {
  return `${name}="${typeof value === 'number' ? String(value) : xmlValue(value)}"`;
}

/**
 * Runs of text as WordprocessingML run content: tabs become w:tab and line breaks w:br, so they
 * show as Word shows them rather than collapsing to spaces.
 *
 * ```xml
 * <xsd:complexType name="CT_R"> <xsd:sequence> <xsd:group ref="EG_RPr" minOccurs="0"/>
 *   <xsd:group ref="EG_RunInnerContent" minOccurs="0" maxOccurs="unbounded"/> ... (t, tab, br)
 * ```
 */
export function runContent(text: string): string {
  const parts = cleanText(text)
    .replace(/\r\n?/g, '\n')
    .split(/(\t|\n)/);
  let out = '';
  for (const part of parts) {
    if (part === '\t') out += '<w:tab/>';
    else if (part === '\n') out += '<w:br/>';
    else if (part !== '') out += `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
  }
  return out;
}
