/**
 * Writing the report's state part (urn:council-report:v1) through Office.js, as the final sync's
 * last step, and checking it stuck — with no extra round trip in the usual case:
 *
 * - sync 1 finds the part by namespace (`getByNamespace`: Word fills `namespaceUri` only for a
 *   root in the default namespace, Microsoft's "Persist add-in state and settings") and lists the
 *   parts with no namespace, where a part written with the older prefixed root sits;
 * - the final sync writes it (`setXml`, or `add` when there is none; no XML declaration, office-js
 *   #1643), then reads it back (`getXml`, queued after the write, so it returns what Word kept) and
 *   the older parts' XML;
 * - afterwards: a part that did not read back as written is reported (add and delete have done
 *   nothing on the web, office-js #5910); an older prefixed part of ours, now replaced, is deleted
 *   (one more sync, once per document).
 */
import { ReportError } from '../../core/errors';
import { REPORT_NAMESPACE, rootNamespace, withoutXmlDeclaration } from '../../ooxml/custom-xml-part';

export interface StatePartRead {
  ours: Word.CustomXmlPartScopedCollection;
  all: Word.CustomXmlPartCollection;
}

export interface StatePartWrite {
  expected: string;
  readBack: OfficeExtension.ClientResult<string>;
  /** How many parts getByNamespace finds after the write: 0 when Word dropped the add (#5910). */
  count: OfficeExtension.ClientResult<number>;
  older: { part: Word.CustomXmlPart; xml: OfficeExtension.ClientResult<string> }[];
}

/** Queued in the first sync. */
export function queueStatePartRead(context: Word.RequestContext): StatePartRead {
  return {
    ours: context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load('items/id'),
    all: context.document.customXmlParts.load('items/id,items/namespaceUri'),
  };
}

/** Queued last in the final sync: one part holding `stateXml`, then read back. */
export function queueStatePartWrite(
  context: Word.RequestContext,
  read: StatePartRead,
  stateXml: string,
): StatePartWrite {
  const expected = withoutXmlDeclaration(stateXml);
  const part = queueOneStatePart(context, read.ours.items, stateXml);
  const older = read.all.items
    .filter((p) => p.namespaceUri === '')
    .map((p) => ({ part: p, xml: p.getXml() }));
  const count = context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).getCount();
  return { expected, readBack: part.getXml(), count, older };
}

/**
 * Queues `stateXml` into the first of `ours` (or a new part), sent without an XML declaration
 * (#1643), and deletes the other parts: copies (a merge of two documents, a paste) would disagree
 * later. Used by the writes and by their recovery in a fresh run, which repeats it harmlessly.
 */
export function queueOneStatePart(
  context: Word.RequestContext,
  ours: readonly Word.CustomXmlPart[],
  stateXml: string,
): Word.CustomXmlPart {
  const xml = withoutXmlDeclaration(stateXml);
  const [first, ...copies] = ours;
  if (first) first.setXml(xml);
  const part = first ?? context.document.customXmlParts.add(xml);
  for (const copy of copies) copy.delete();
  return part;
}

/** After the final sync: removes an older prefixed part of ours; reports a part that did not stick. */
export async function finishStatePartWrite(
  context: Word.RequestContext,
  write: StatePartWrite,
): Promise<void> {
  const older = write.older.filter(({ xml }) => rootNamespace(xml.value) === REPORT_NAMESPACE);
  for (const { part } of older) part.delete();
  if (older.length > 0) await context.sync();
  if (write.count.value === 0 || write.readBack.value.trim() !== write.expected.trim()) throw stateNotSaved();
}

export function stateNotSaved(): ReportError {
  return new ReportError(
    'state-not-saved',
    'Word did not keep the record Council Report saves in the report (which live regions it has, the ' +
      'consultation decisions). The change to the report text was made. Save the document, close and ' +
      'reopen it, then check the report again and repeat the last step.',
  );
}
