/**
 * DocxEditor's write of the report's state: the urn:council-report:v1 custom XML part, made once
 * from the state object (`buildReportStatePart`, as the Word host makes it) and stored as Word
 * stores custom XML parts (item, itemProps with a datastore id, relationship from the main
 * document, content types). The editor never parses it back: `readDocx` reads it into the snapshot.
 */
import type { ReportState } from '../../core/state/report-state';
import { buildReportStatePart, dataStoreItemProps, REPORT_NAMESPACE } from '../../ooxml/custom-xml-part';
import { declaredNamespace, parseXml, XmlError } from '../../ooxml/xml';
import { CONTENT_TYPES_PART, type EditorParts } from './editor-parts';
import { relationshipsPartFor } from '../read/package';
import {
  addOverride,
  CONTENT_TYPES,
  hasDefault,
  newRelationshipsPart,
  parsePart,
  REL_TYPES,
} from './package-writes';

export function writeReportState(parts: EditorParts, state: ReportState): void {
  // Exactly the part the Word host writes: no XML declaration (optional in a UTF-8 part file).
  const xml = buildReportStatePart(state);
  const existing = reportStatePart(parts);
  if (existing !== null) {
    parts.commit(new Map([[existing, xml]]));
    return;
  }
  const n = nextCustomXmlNumber(parts);
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const changes = new Map<string, string>([
    [item, xml],
    [props, dataStoreItemProps(newItemId())],
    [relationshipsPartFor(item), newRelationshipsPart('rId1', REL_TYPES.customXmlProps, `itemProps${n}.xml`)],
  ]);
  parts.relateFromMain(changes, REL_TYPES.customXml, `../${item}`);
  const types = parts.contentTypes(changes);
  let typesText = addOverride(types, props, CONTENT_TYPES.customXmlProps);
  if (!hasDefault(types, 'xml')) {
    typesText = addOverride(
      { text: typesText, root: parsePart(typesText, CONTENT_TYPES_PART, parts.fileName) },
      item,
      CONTENT_TYPES.xml,
    );
  }
  changes.set(parts.storedName(CONTENT_TYPES_PART), typesText);
  parts.commit(changes);
}

function reportStatePart(parts: EditorParts): string | null {
  const candidates = [...parts.pkg.partNames(/^customxml\/item\d*\.xml$/), ...parts.newParts];
  for (const part of candidates) {
    if (!/^customxml\/item\d*\.xml$/i.test(part)) continue;
    const text = parts.partText(part);
    if (text === null) continue;
    try {
      if (declaredNamespace(parseXml(text, part)) === REPORT_NAMESPACE) return part;
    } catch (error) {
      // Another product's damaged part is not ours to judge.
      if (!(error instanceof XmlError)) throw error;
    }
  }
  return null;
}

function nextCustomXmlNumber(parts: EditorParts): number {
  let highest = 0;
  for (const name of [...parts.pkg.partNames(/^customxml\//), ...parts.newParts]) {
    const number = /item(?:props)?(\d+)\.xml$/i.exec(name)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return highest + 1;
}

/** A datastore item id as Word writes it: a GUID in braces, upper case. */
function newItemId(): string {
  return `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
}
