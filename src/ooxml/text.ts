/**
 * Text and attribute values for the builders: whatever a data source or an author typed, the
 * XML we write stays well-formed and shows the value as written.
 */
import { cleanText } from '../core/content/text';
import { escapeXml } from './xml';

/** The characters we never write are one list, kept with the content model (core/content/text.ts). */
export { cleanText };

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
