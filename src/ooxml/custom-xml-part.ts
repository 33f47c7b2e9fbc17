/**
 * The product's state part: one custom XML part (namespace urn:council-report:v1) that travels
 * inside the .docx and holds the template id and every live region's spec, so a region can be
 * refreshed, and checked against its control, on any machine. Content-control tags can be lost on
 * some Word on the web paths; this is the second copy the add-in reconciles against.
 *
 * ```xml
 * <report xmlns="urn:council-report:v1" xmlns:cr="urn:council-report:v1" version="1">
 *   <cr:template id="maidstone-2019"/>
 *   <cr:regions>
 *     <cr:region id="r1" element="crime-by-category-yoy" source="sample" area="Maidstone"
 *                periodEnd="2017-10" refreshedAt="2018-01-12T09:30:00Z" valuesHash="…">
 *       <cr:option name="…" value="…"/>
 *     </cr:region>
 *   </cr:regions>
 *   <cr:consultation>…</cr:consultation>   <!-- see consultation-state.ts -->
 * </report>
 * ```
 *
 * The root is in the default namespace: Word fills `CustomXmlPart.namespaceUri`, which
 * `customXmlParts.getByNamespace` matches, only when the root declares the namespace as its default
 * (Microsoft's "Persist add-in state and settings"). `xmlns:cr` binds the same namespace for the
 * children, so elements written with the `cr:` prefix (the consultation, other versions' elements)
 * stay valid. Documents written before this have `<cr:report xmlns:cr="…">`: they are still read,
 * and rewritten in this shape on their next write. The part carries no XML declaration: Word's
 * `setXml` has left a part unchanged when given one (office-js #1643), and the .docx host writes
 * the same XML to its part file (a declaration is optional in UTF-8), so both hosts' parts match.
 *
 * Elements this version does not know are kept as written, so an older add-in saving a newer
 * file does not drop another version's state.
 *
 * Both hosts read the part with `readReportState` when they read the document (the snapshot
 * carries the result) and write it with `buildReportStatePart`, so the domain never sees its XML
 * and both hosts write the same XML.
 */
import { ReportError } from '../core/errors';
import type { CustomXmlPart } from '../core/report/snapshot';
import type { LiveRegionSpec } from '../core/state/region-spec';
import {
  emptyReportState,
  noDocumentState,
  type DocumentState,
  type ReportState,
} from '../core/state/report-state';
import {
  buildConsultation,
  consultationFrom,
  keptElement,
  namespaceDeclarations,
} from './consultation-state';
import { REPORT_NAMESPACE } from './namespaces';
import { attribute } from './text';
import { children, declaredNamespace, isElement, parseXml, XmlError, type XmlElement } from './xml';

// The state's types live in core (core/state); still named here for the tests and hosts that
// import them from this module, until they import core's.
export type { LiveRegionSpec } from '../core/state/region-spec';
export { emptyReportState, type ReportState } from '../core/state/report-state';
export { REPORT_NAMESPACE } from './namespaces';
/** Word on the web refuses custom XML parts of 1 MB or more; stay under it with room to spare. */
export const MAX_STATE_PART_BYTES = 1_000_000;

export interface ParsedReportState {
  state: ReportState;
  /** Regions skipped because they lacked an id, and similar problems. */
  warnings: string[];
}

const REGION_FIELDS = ['id', 'element', 'source', 'area', 'periodEnd', 'refreshedAt', 'valuesHash'] as const;

function regionXml(region: LiveRegionSpec): string {
  const attributes = REGION_FIELDS.map((field) => attribute(field, region[field])).join(' ');
  const options = Object.entries(region.options)
    .map(([name, value]) => `<cr:option ${attribute('name', name)} ${attribute('value', value)}/>`)
    .join('');
  const values = (region.values ?? [])
    .map((v) => `<cr:value ${attribute('where', v.where)} ${attribute('value', v.value)}/>`)
    .join('');
  const inner = options + values;
  return inner === '' ? `<cr:region ${attributes}/>` : `<cr:region ${attributes}>${inner}</cr:region>`;
}

/** The part's XML. Refuses state that would make the part 1 MB or more. */
export function buildReportStatePart(state: ReportState): string {
  const ids = new Set<string>();
  for (const region of state.regions) {
    if (ids.has(region.id)) throw new RangeError(`Two live regions have the id "${region.id}".`);
    ids.add(region.id);
  }
  const xml =
    `<report xmlns="${REPORT_NAMESPACE}" xmlns:cr="${REPORT_NAMESPACE}" version="1">` +
    (state.templateId === null ? '' : `<cr:template ${attribute('id', state.templateId)}/>`) +
    `<cr:regions>${state.regions.map(regionXml).join('')}</cr:regions>` +
    (state.consultation === null ? '' : buildConsultation(state.consultation)) +
    state.newerElements.join('') +
    '</report>';
  const bytes = new TextEncoder().encode(xml).length;
  if (bytes >= MAX_STATE_PART_BYTES) {
    throw new ReportError(
      'state-too-large',
      `The report's Council Report data (live regions and consultation) would take ${Math.ceil(bytes / 1024)} KB, ` +
        `but Word on the web refuses more than ${Math.floor(MAX_STATE_PART_BYTES / 1024)} KB. ` +
        'Remove live regions you no longer need (or unlink them), then try again.',
    );
  }
  return xml;
}

/** The XML without a leading declaration, as `setXml` and `customXmlParts.add` must get it (#1643). */
export function withoutXmlDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, '');
}

/**
 * The namespace a part's root declares for itself (prefixed or default); "" when it declares none
 * or is not XML. Word reports `namespaceUri` only for a default namespace: this finds ours in parts
 * written with the older prefixed root too.
 */
export function rootNamespace(xml: string): string {
  try {
    return declaredNamespace(parseXml(xml, 'custom XML part'));
  } catch (error) {
    if (error instanceof XmlError) return '';
    throw error;
  }
}

/**
 * The custom XML properties part Word pairs with each custom XML part (customXml/itemPropsN.xml):
 * the datastore item id Word uses to find the part, and the namespace it holds.
 *
 * ```xml
 * <xsd:element name="datastoreItem"> <xsd:complexType> <xsd:sequence>
 *   <xsd:element name="schemaRefs" minOccurs="0"> <xsd:element name="schemaRef" maxOccurs="unbounded">
 *     <xsd:attribute name="uri" type="s:ST_String" use="required"/> </xsd:element> </xsd:element>
 *   </xsd:sequence> <xsd:attribute name="itemID" type="s:ST_Guid" use="required"/>
 * ```
 */
export function dataStoreItemProps(itemId: string, namespace = REPORT_NAMESPACE): string {
  if (!/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/.test(itemId))
    throw new RangeError(`"${itemId}" is not a datastore item id ({GUID} in upper case).`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ${attribute('ds:uri', namespace)}/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function regionFrom(element: XmlElement, warnings: string[]): LiveRegionSpec | null {
  const a = element.attributes;
  const id = a['id'];
  if (id === undefined || id === '') {
    warnings.push('A live region in the report data has no id and was skipped.');
    return null;
  }
  const options: Record<string, string> = {};
  for (const option of children(element, 'cr:option')) {
    const name = option.attributes['name'];
    if (name !== undefined) options[name] = option.attributes['value'] ?? '';
  }
  const values = children(element, 'cr:value').map((v) => ({
    where: v.attributes['where'] ?? '',
    value: v.attributes['value'] ?? '',
  }));
  return {
    id,
    element: a['element'] ?? '',
    source: a['source'] ?? '',
    area: a['area'] ?? '',
    periodEnd: a['periodEnd'] ?? '',
    refreshedAt: a['refreshedAt'] ?? '',
    valuesHash: a['valuesHash'] ?? '',
    options,
    ...(values.length > 0 ? { values } : {}),
  };
}

/**
 * Reads the part. A part in another namespace, or not well-formed, is an error (the caller picks
 * the part by namespace); odd content inside it becomes a warning.
 */
export function parseReportStatePart(xml: string, partName: string): ParsedReportState {
  let root: XmlElement;
  try {
    root = parseXml(xml, partName, { canonicalPrefixes: { [REPORT_NAMESPACE]: 'cr' } });
  } catch (error) {
    // In words that hold in both hosts: Word names the part by a GUID, so `where` keeps the name.
    if (error instanceof XmlError) {
      throw new ReportError(
        'state-unreadable',
        'The Council Report data saved in this report (live regions, consultation decisions) cannot be ' +
          `read: its XML is damaged (line ${error.line}, column ${error.column}). The report text is not affected.`,
        partName,
      );
    }
    throw error;
  }
  const declared = Object.entries(root.attributes).some(
    ([name, value]) => (name === 'xmlns' || name.startsWith('xmlns:')) && value === REPORT_NAMESPACE,
  );
  if (root.name !== 'cr:report' || !declared) {
    throw new ReportError(
      'state-unreadable',
      'The Council Report data saved in this report (live regions, consultation decisions) cannot be ' +
        `read: it holds <${root.name}>, not the report data this version knows. The report text is not affected.`,
      partName,
    );
  }
  const warnings: string[] = [];
  const state = emptyReportState();
  const seen = new Set<string>();
  // The root is rebuilt when the part is written: a kept element takes its other declarations.
  const declarations = namespaceDeclarations(root);
  for (const node of root.children) {
    if (!isElement(node)) continue;
    if (node.name === 'cr:template') state.templateId = node.attributes['id'] ?? null;
    else if (node.name === 'cr:regions') {
      for (const element of children(node, 'cr:region')) {
        const region = regionFrom(element, warnings);
        if (!region) continue;
        if (seen.has(region.id)) {
          warnings.push(`The live region "${region.id}" is recorded twice; the first record is used.`);
          continue;
        }
        seen.add(region.id);
        state.regions.push(region);
      }
    } else if (node.name === 'cr:consultation')
      state.consultation = consultationFrom(node, declarations, warnings);
    else state.newerElements.push(keptElement(node, declarations));
  }
  return { state, warnings };
}

/**
 * A part that is not well-formed XML has no namespace the reader could see (a .docx damaged in
 * transit or edited by hand; Word itself never keeps one): it is still ours when its root declares
 * our namespace, and must be reported as damaged, not taken for "no saved data" and written beside.
 */
function ourUnreadablePart(parts: readonly CustomXmlPart[]): CustomXmlPart | undefined {
  return parts.find((p) => {
    if (p.namespaceUri !== '') return false;
    const root = rootStartTag(p.xml);
    return root.includes(`"${REPORT_NAMESPACE}"`) || root.includes(`'${REPORT_NAMESPACE}'`);
  });
}

/** The root element's start tag (after any declaration, comments or processing instructions). */
function rootStartTag(xml: string): string {
  const match = /<[A-Za-z_][^>]*>/.exec(xml.slice(0, 4096));
  return match ? match[0] : '';
}

/**
 * The report's state from its custom XML parts, as a host puts it in the snapshot: the first part
 * in our namespace, parsed once. A part that cannot be read at all is not an error here (the
 * document is still checked and shown): it reads as empty, says why in `warnings`, and is marked
 * `damaged` so that no change writes over it (core/state `stateToChange`).
 */
export function readReportState(parts: readonly CustomXmlPart[]): DocumentState {
  const part = parts.find((p) => p.namespaceUri === REPORT_NAMESPACE) ?? ourUnreadablePart(parts);
  if (!part) return noDocumentState();
  try {
    return { ...parseReportStatePart(part.xml, part.id), partId: part.id, damaged: false };
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return { state: emptyReportState(), warnings: [error.message], partId: part.id, damaged: true };
  }
}
