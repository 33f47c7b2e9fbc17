/**
 * The visible text of block WordprocessingML, read back from the markup: what a host's reader of
 * the written document sees. Tests use it to check what was written against the blocks' own text
 * (core/content `contentText`), and to hash regions the way they were hashed before the blocks
 * (from the markup's text), so existing regions keep their hash. Nothing in src/ needs it.
 */
import { NS } from '../../src/ooxml/namespaces';
import { isElement, parseXml, type XmlElement } from '../../src/ooxml/xml';

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
