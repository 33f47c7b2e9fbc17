/**
 * Merged cells and repeating header rows are not in Word's table API: `Table.values` gives one
 * string per cell a row actually has, with no spans. They are in the table's OOXML, which
 * `getOoxml()` returns as a flat OPC package (`pkg:package`): this reads w:gridSpan, w:vMerge and
 * w:tblHeader from the first table in its document part.
 *
 *   <w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>...</w:tc>
 *   <w:tr><w:trPr><w:tblHeader/></w:trPr>...</w:tr>
 */
import { CANONICAL_PREFIXES } from '../../ooxml/namespaces';
import { child, children, parseXml, path, type XmlElement } from '../../ooxml/xml';

export interface OoxmlTableCell {
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
}

export interface OoxmlTableRow {
  header: boolean;
  cells: OoxmlTableCell[];
}

/** Elements that may wrap rows or cells without being part of the grid. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** Children named `name`, looking through content-control and custom-XML wrappers. */
function gridChildren(parent: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of children(parent)) {
    if (element.name === name) out.push(element);
    else if (WRAPPERS.has(element.name)) out.push(...gridChildren(element, name));
  }
  return out;
}

function isOn(element: XmlElement | null): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function readCell(tc: XmlElement): OoxmlTableCell {
  const tcPr = child(tc, 'w:tcPr');
  const span = Number(path(tcPr, 'w:gridSpan')?.attributes['w:val'] ?? '1');
  const vMerge = path(tcPr, 'w:vMerge');
  return {
    gridSpan: Number.isInteger(span) && span > 0 ? span : 1,
    vMerge: vMerge ? (vMerge.attributes['w:val'] === 'restart' ? 'restart' : 'continue') : null,
  };
}

function findDocumentPart(root: XmlElement): XmlElement | null {
  if (root.name === 'w:document') return root;
  for (const part of children(root, 'pkg:part')) {
    const name = (part.attributes['pkg:name'] ?? '').toLowerCase();
    if (name !== '/word/document.xml') continue;
    return path(part, 'pkg:xmlData', 'w:document');
  }
  return null;
}

/**
 * The first table of a `getOoxml()` package, row by row. Throws (XmlError) when the OOXML is not
 * well-formed; returns null when it holds no table.
 */
export function readTableOoxml(ooxml: string): OoxmlTableRow[] | null {
  const root = parseXml(ooxml, 'table OOXML from Word', {
    canonicalPrefixes: {
      ...CANONICAL_PREFIXES,
      'http://schemas.microsoft.com/office/2006/xmlPackage': 'pkg',
    },
  });
  const body = path(findDocumentPart(root), 'w:body');
  if (!body) return null;
  const table = gridChildren(body, 'w:tbl')[0];
  if (!table) return null;
  return gridChildren(table, 'w:tr').map((tr) => ({
    header: isOn(path(tr, 'w:trPr', 'w:tblHeader')),
    cells: gridChildren(tr, 'w:tc').map(readCell),
  }));
}
