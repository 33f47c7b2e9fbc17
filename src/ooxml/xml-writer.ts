/**
 * Writes a parsed element back as XML, for content a writer keeps without understanding it
 * (a newer version's elements in our state part). Names are written as parsed.
 */
import { escapeXml, type XmlElement } from './xml';

export function serializeElement(element: XmlElement): string {
  let out = `<${element.name}`;
  for (const [name, value] of Object.entries(element.attributes)) out += ` ${name}="${escapeXml(value)}"`;
  if (element.children.length === 0) return `${out}/>`;
  out += '>';
  for (const node of element.children)
    out += typeof node === 'string' ? escapeXml(node) : serializeElement(node);
  return `${out}</${element.name}>`;
}
