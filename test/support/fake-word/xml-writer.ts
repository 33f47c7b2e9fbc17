/** Writes a parsed element back out, for the OOXML the fake hands over from `getOoxml()`. */
import { escapeXml, type XmlElement } from '../../../src/ooxml/xml';

export function writeXml(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const content = element.children
    .map((node) => (typeof node === 'string' ? escapeXml(node) : writeXml(node)))
    .join('');
  return `<${element.name}${attributes}>${content}</${element.name}>`;
}
