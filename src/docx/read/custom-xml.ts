/**
 * Custom XML parts (customXml/item1.xml …): data stores that content controls bind to, and
 * where the add-in keeps its own state (namespace urn:council-report:v1).
 */
import { ReportError } from '../../core/errors';
import type { CustomXmlPart, ReadWarning } from '../../core/report/snapshot';
import { declaredNamespace, decodeXmlBytes, parseXml, XmlError } from '../../ooxml/xml';
import type { DocxPackage } from './package';

/** Item parts only (not itemProps*.xml), matched case-insensitively, in item-number order. */
const ITEM_PART = /^customxml\/item(\d*)\.xml$/;

function itemNumber(name: string): number {
  const digits = ITEM_PART.exec(name.toLowerCase())?.[1] ?? '';
  return digits === '' ? 0 : Number(digits);
}

export function readCustomXmlParts(pkg: DocxPackage, warnings: ReadWarning[]): CustomXmlPart[] {
  const names = pkg.partNames(ITEM_PART).sort((a, b) => itemNumber(a) - itemNumber(b));
  const parts: CustomXmlPart[] = [];
  for (const name of names) {
    let xml: string;
    try {
      const bytes = pkg.read(name);
      if (!bytes) continue;
      xml = decodeXmlBytes(bytes);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      warnings.push({ where: name, message: `The custom XML part could not be read: ${error.message}` });
      continue;
    }
    let namespaceUri = '';
    try {
      namespaceUri = declaredNamespace(parseXml(xml, name));
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      warnings.push({ where: name, message: `The custom XML part is not well-formed: ${error.message}` });
    }
    parts.push({ id: name, namespaceUri, xml });
  }
  return parts;
}
