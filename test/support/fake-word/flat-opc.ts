/**
 * What `getOoxml()` returns: a flat OPC package (`pkg:package`) whose document part holds the
 * range's content. Word adds styles and numbering parts too; the fake includes only the document
 * part, which is what our host reads.
 */
import { escapeXml } from '../../../src/ooxml/xml';
import { NS } from '../../../src/ooxml/namespaces';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** Namespace declarations for a document part that may hold any WordprocessingML we copy. */
export function namespaceDeclarations(extra: Record<string, string> = {}): string {
  const all: Record<string, string> = { ...extra };
  for (const [prefix, uri] of Object.entries(NS)) all[`xmlns:${prefix}`] = uri;
  return Object.entries(all)
    .map(([name, uri]) => ` ${name}="${escapeXml(uri)}"`)
    .join('');
}

export function flatOpcPackage(bodyXml: string, extraNamespaces: Record<string, string> = {}): string {
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">` +
    `<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData><w:document${namespaceDeclarations(extraNamespaces)}><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/** Plain paragraphs, for ranges that are not a whole table. */
export function paragraphsXml(texts: string[]): string {
  return texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`).join('');
}
