/**
 * Body XML as the flat OPC package (`pkg:package`) that Word's `insertOoxml` takes: the package
 * relationships, the main document holding the body, and, when asked, a styles part defining
 * Caption and Table Grid so the inserted table looks right in a document that never used them.
 *
 * ```xml
 * <pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
 *   <pkg:part pkg:name="/_rels/.rels" pkg:contentType="…relationships+xml">
 *     <pkg:xmlData><Relationships …/></pkg:xmlData></pkg:part>
 *   <pkg:part pkg:name="/word/document.xml" pkg:contentType="…document.main+xml">
 *     <pkg:xmlData><w:document …><w:body>…</w:body></w:document></pkg:xmlData></pkg:part>
 * </pkg:package>
 * ```
 */
import { NS } from './namespaces';
import { captionStyle, tableGridStyle, type StyleRole } from './style-definitions';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

export interface FlatOpcOptions {
  /** Styles to define alongside the body; Word keeps a document's own definition when it has one. */
  styles?: readonly StyleRole[];
}

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/** `body` is block-level WordprocessingML using the "w" prefix. */
export function flatOpcPackage(body: string, options: FlatOpcOptions = {}): string {
  const styles = options.styles ?? [];
  const definitions = styles
    .map((role) => (role === 'caption' ? captionStyle(null, null) : tableGridStyle(null)))
    .join('');
  const parts = [
    part(
      '/_rels/.rels',
      RELS_TYPE,
      `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
  ];
  if (styles.length > 0) {
    parts.push(
      part(
        '/word/_rels/document.xml.rels',
        RELS_TYPE,
        `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`,
      ),
    );
  }
  parts.push(
    part(
      '/word/document.xml',
      DOCUMENT_TYPE,
      `<w:document xmlns:w="${NS.w}"><w:body>${body}</w:body></w:document>`,
    ),
  );
  if (styles.length > 0) {
    parts.push(
      part('/word/styles.xml', STYLES_TYPE, `<w:styles xmlns:w="${NS.w}">${definitions}</w:styles>`),
    );
  }
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG}">${parts.join('')}</pkg:package>`;
}
