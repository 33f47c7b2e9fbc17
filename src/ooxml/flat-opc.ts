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
import { base64 } from '../core/base64';
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
  /** Pictures the body shows (r:embed="<relId>"), carried as image parts of the package. */
  pictures?: readonly FlatOpcPicture[];
}

export interface FlatOpcPicture {
  relId: string;
  contentType: 'image/png';
  bytes: Uint8Array;
}

const IMAGE_REL = `${REL_TYPE}/image`;
function binaryPart(name: string, contentType: string, bytes: Uint8Array): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}" pkg:compression="store"><pkg:binaryData>${base64(bytes)}</pkg:binaryData></pkg:part>`;
}

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/** `body` is block-level WordprocessingML using the "w" prefix. */
export function flatOpcPackage(body: string, options: FlatOpcOptions = {}): string {
  const styles = options.styles ?? [];
  const pictures = options.pictures ?? [];
  const relIds = new Set(pictures.map((p) => p.relId));
  if (relIds.size !== pictures.length) throw new RangeError('Two pictures share a relationship id.');
  for (const id of relIds) {
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) throw new RangeError(`"${id}" is not a relationship id.`);
  }
  let stylesRelId = 'rId1';
  for (let n = 2; relIds.has(stylesRelId); n++) stylesRelId = `rId${n}`;
  const documentRels = [
    ...(styles.length > 0
      ? [`<Relationship Id="${stylesRelId}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`]
      : []),
    ...pictures.map(
      (p, i) => `<Relationship Id="${p.relId}" Type="${IMAGE_REL}" Target="media/image${i + 1}.png"/>`,
    ),
  ];
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
  if (documentRels.length > 0) {
    parts.push(
      part(
        '/word/_rels/document.xml.rels',
        RELS_TYPE,
        `<Relationships xmlns="${RELS_NS}">${documentRels.join('')}</Relationships>`,
      ),
    );
  }
  // Pictures use the r, wp, a and pic prefixes: declare them only when there are pictures.
  const declarations =
    pictures.length > 0
      ? (['w', 'r', 'wp', 'a', 'pic'] as const).map((prefix) => ` xmlns:${prefix}="${NS[prefix]}"`).join('')
      : ` xmlns:w="${NS.w}"`;
  parts.push(
    part(
      '/word/document.xml',
      DOCUMENT_TYPE,
      `<w:document${declarations}><w:body>${body}</w:body></w:document>`,
    ),
  );
  if (styles.length > 0) {
    parts.push(
      part('/word/styles.xml', STYLES_TYPE, `<w:styles xmlns:w="${NS.w}">${definitions}</w:styles>`),
    );
  }
  pictures.forEach((p, i) => parts.push(binaryPart(`/word/media/image${i + 1}.png`, p.contentType, p.bytes)));
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG}">${parts.join('')}</pkg:package>`;
}
