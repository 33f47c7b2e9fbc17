/**
 * The Office.js host's live-region writes: every insert, replace and remove of a batch, and the
 * report's state part, in one `Word.run` of exactly two syncs whatever the number
 * of regions:
 *
 * 1. read: each tag's controls (`getByTag`), each anchor paragraph (only that one, with what it
 *    sits in: a table, a content control), the paragraph at the cursor, and the state part
 *    (`customXmlParts.getByNamespace`);
 * 2. after every check has passed, every write is queued and sent in one final sync (or, when
 *    the packages add up to more than about 4 MB — pictures — in as many syncs as keep each
 *    request under that, each region whole in one of them: Office on the web refuses 5 MB).
 *
 * Everything that can be refused (a changed anchor, a missing or duplicated control, a place
 * Council Report cannot write next to) is refused after the first sync, before anything is
 * queued, so a refusal leaves the document exactly as it was. Word applies a batch in order and
 * has no rollback: a failure inside the final sync (Word refusing one OOXML payload, say) can
 * leave the writes queued before it done. Then (two more syncs in a fresh `Word.run`, on that
 * failure only: office-js #3284) new regions
 * are taken out again; a refresh or removal, whose writes are all harmless to repeat, is sent
 * again to finish it. Only when that fails too is the officer told part of the change may be in
 * the report; the state part is written last so that a region left half-refreshed reads as
 * "edited" or "orphaned" on the next check rather than silently "fresh".
 *
 * WordApi 1.4 only: `getByTag`, `insertOoxml`, `delete` (1.1), `parent…OrNullObject`,
 * `Table.getRange`, `tableNestingLevel` (1.3), custom XML parts (1.4).
 */
import { ReportError } from '../../core/errors';
import type { RegionContent } from '../../core/content/blocks';
import { contentText } from '../../core/content/text';
import type {
  RegionNotAsWritten,
  RegionPlace,
  RegionWrite,
  RegionWriteOutcome,
} from '../../core/report/host';
import { reportChanged } from '../../core/report/report-changed';
import { normalisedRegionText } from '../../core/live/region-text';
import { blockContentControl } from '../../ooxml/content-control';
import { REPORT_NAMESPACE, withoutXmlDeclaration } from '../../ooxml/custom-xml-part';
import { flatOpcPackage } from '../../ooxml/flat-opc';
import { renderRegionContent, type RenderedBlocks } from '../../ooxml/render-blocks';
import { isOfficeError, WordWriteFailure } from '../word-errors';
import {
  finishStatePartWrite,
  queueOneStatePart,
  queueStatePartRead,
  queueStatePartWrite,
} from './state-part';
import { RecoverInFreshRun } from './word-writes';
import { queueTrackingRead, restoringTracking, trackingToSwitchOff } from './change-tracking';
import { sameParagraphText as sameText } from '../read/word-text';

/** What the first sync loads about the paragraph a region goes next to. */
const PLACE_FIELDS = [
  'text',
  'tableNestingLevel',
  'parentContentControlOrNullObject/tag',
  'parentContentControlOrNullObject/parentContentControlOrNullObject/tag',
  'parentTableOrNullObject/nestingLevel',
];

const CONTROL_FIELDS = 'items/tag,items/cannotDelete,items/cannotEdit';

/**
 * The flat OPC package `insertOoxml` takes: `blocks` (the rendered content, or a control around
 * it) with the pictures it shows and the definitions of the built-in styles the content uses.
 */
export function regionPackage(blocks: string, rendered: RenderedBlocks): string {
  return flatOpcPackage(blocks, { styles: rendered.styles, pictures: rendered.pictures });
}

const RENDERED = new WeakMap<RegionContent, RenderedBlocks>();

/**
 * The content's markup, rendered once per write: first while the batch is checked, so content
 * that cannot be written is refused before anything is queued; then taken again when queued.
 */
function rendered(content: RegionContent): RenderedBlocks {
  let markup = RENDERED.get(content);
  if (!markup) {
    markup = renderRegionContent(content);
    RENDERED.set(content, markup);
  }
  return markup;
}

function cannotPlace(why: string): ReportError {
  return new ReportError(
    'region-place-unsupported',
    `Council Report cannot put the live data there: ${why}. Put the cursor in an ordinary paragraph ` +
      '(or choose a section) and try again.',
  );
}

function missingRegion(tag: string): ReportError {
  return new ReportError(
    'control-not-found',
    `The live region "${tag}" is no longer in the document (it may have been deleted). ` +
      'Check the report again; the Data view can insert it again or forget it.',
  );
}

function duplicatedRegion(tag: string, count: number): ReportError {
  return new ReportError(
    'control-duplicated',
    `The document has ${count} content controls tagged "${tag}" (copied and pasted?). ` +
      'Delete the copies you do not want, then try again.',
  );
}

interface PlaceRead {
  place: RegionPlace;
  paragraphs: Word.ParagraphCollection | null;
  paragraph: Word.Paragraph | null;
}

function queuePlace(context: Word.RequestContext, place: RegionPlace): PlaceRead {
  if ('atSelection' in place) {
    const paragraph = context.document.getSelection().paragraphs.getLast().load(PLACE_FIELDS);
    return { place, paragraphs: null, paragraph };
  }
  // A range of its own per anchor: Office.js hands out one `body.paragraphs` proxy, and a second
  // load with another `skip` on it would replace the first one's items.
  const paragraphs = context.document.body.getRange('Whole').paragraphs.load({
    select: PLACE_FIELDS.map((field) => `items/${field}`).join(','),
    skip: place.anchor.paragraph,
    top: 1,
  });
  return { place, paragraphs, paragraph: null };
}

/**
 * The range a new region goes before or after: the paragraph itself, or the whole table or
 * content control around it (a region never goes inside another block: the .docx host places it
 * next to the top-level block the same way). Checks now; gives the range when its write is queued.
 */
function targetRange(read: PlaceRead): () => Word.Range {
  const paragraph = read.paragraph ?? read.paragraphs?.items[0];
  if ('anchor' in read.place) {
    if (!paragraph || !sameText(paragraph.text, read.place.anchor.text)) {
      throw reportChanged();
    }
  }
  if (!paragraph) throw cannotPlace('Word did not say where the cursor is');
  const control = paragraph.parentContentControlOrNullObject;
  const table = paragraph.parentTableOrNullObject;
  const inControl = !control.isNullObject;
  if (paragraph.tableNestingLevel > 1) throw cannotPlace('it is inside a table within a table');
  if (paragraph.tableNestingLevel === 1) {
    if (inControl || table.isNullObject) throw cannotPlace('it is inside both a table and a content control');
    return () => table.getRange('Whole');
  }
  if (inControl) {
    if (!control.parentContentControlOrNullObject.isNullObject)
      throw cannotPlace('it is inside nested content controls');
    return () => control.getRange('Whole');
  }
  return () => paragraph.getRange('Whole');
}

function locationOf(place: RegionPlace): 'Before' | 'After' {
  return 'anchor' in place ? place.location : 'After';
}

/**
 * Writes the batch (see the module comment). Two syncs. Regions Word did not write as sent come
 * back in the outcome: the change was made, and they are left for the officer to look at.
 */
export async function writeRegionsInWord(
  context: Word.RequestContext,
  writes: readonly RegionWrite[],
  stateXml: string | null,
  tracked = true,
): Promise<RegionWriteOutcome> {
  const seen = new Set<string>();
  for (const write of writes) {
    if (seen.has(write.tag))
      throw new RangeError(`The live region "${write.tag}" is written twice in one batch.`);
    seen.add(write.tag);
  }

  // Sync 1: everything the checks need, queued in one go.
  const body = context.document.body;
  const controls = new Map<string, Word.ContentControlCollection>();
  const places = new Map<RegionWrite, PlaceRead>();
  for (const write of writes) {
    controls.set(write.tag, body.contentControls.getByTag(write.tag).load(CONTROL_FIELDS));
    if (write.kind === 'insert') places.set(write, queuePlace(context, write.place));
  }
  const stateRead = stateXml === null ? null : queueStatePartRead(context);
  const tracking = queueTrackingRead(context, tracked);
  try {
    await context.sync();
  } catch (error) {
    // Only reads were sent: nothing was written.
    if (isOfficeError(error)) throw new WordWriteFailure(error, 'no');
    throw error;
  }

  // Every check, before any write.
  const planned: PlannedWrite[] = [];
  /** The author's locks on each region changed, to put back exactly when a write is retried. */
  const original = new Map<string, ControlLocks>();
  for (const write of writes) {
    const found = controls.get(write.tag)!.items;
    if (write.kind === 'insert') {
      if (found.length > 0) {
        throw new ReportError(
          'control-duplicated',
          `The document already has a content control tagged "${write.tag}"; each live region needs its own id.`,
        );
      }
      const range = targetRange(places.get(write)!);
      const markup = rendered(write.content);
      const xml = regionPackage(
        blockContentControl({ tag: write.tag, title: write.title }, markup.xml),
        markup,
      );
      // The range is taken when its write is queued, after the writes before it, as a reader of
      // the queue would expect.
      planned.push({
        bytes: xml.length,
        queue: () => void range().insertOoxml(xml, locationOf(write.place)),
      });
      continue;
    }
    if (found.length === 0) throw missingRegion(write.tag);
    if (found.length > 1) throw duplicatedRegion(write.tag, found.length);
    const control = found[0]!;
    const locks = { cannotEdit: control.cannotEdit, cannotDelete: control.cannotDelete };
    planned.push({ bytes: requestSize(write), queue: () => queueChange(control, write, locks) });
    original.set(write.tag, locks);
  }

  // Sync 2: every write, then each written region read back (loads queued after writes return
  // the written state, so checking what Word made of each insertOoxml costs no extra round trip),
  // then the state part, last (see the module comment): a failure anywhere before it leaves the
  // report's record as it was.
  // Requests over about 4 MB (pictures) go over several syncs, each region whole in one of them:
  // Office on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). With tracking
  // to be off, it is switched off before the first write and back on after the last.
  const groups = requestGroups(planned);
  const restore = trackingToSwitchOff(tracking);
  let readBack: ReadBack[] = [];
  let stateWrite: ReturnType<typeof queueStatePartWrite> | null = null;
  try {
    if (restore !== null) context.document.changeTrackingMode = 'Off' as Word.ChangeTrackingMode;
    for (const [g, group] of groups.entries()) {
      for (const write of group) write.queue();
      // One sync per group of at most 4 MB, by design: see above.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (g < groups.length - 1) await context.sync();
    }
    if (restore !== null) context.document.changeTrackingMode = restore as Word.ChangeTrackingMode;
    readBack = writes
      .filter((write): write is Exclude<RegionWrite, { kind: 'remove' }> => write.kind !== 'remove')
      .map((write) => ({
        write,
        controls: context.document.body.contentControls.getByTag(write.tag).load('items/text'),
      }));
    stateWrite = stateRead && stateXml !== null ? queueStatePartWrite(context, stateRead, stateXml) : null;
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    // Recovery runs in a fresh Word.run (office-js #3284: see RecoverInFreshRun).
    if (writes.some((write) => write.kind === 'insert')) {
      throw new RecoverInFreshRun(
        error,
        restoringTracking(restore, async (fresh) => {
          // The state part is the last write: if it holds the new state, every write before it was
          // made and only a read-back after it failed, so the change is complete.
          if (stateXml !== null && (await statePartHolds(fresh, stateXml))) return 'changed';
          return (await takeBackInserts(fresh, writes)) === 'no' ? 'unchanged' : 'partly';
        }),
        FINISHED_BY_RECOVERY,
      );
    }
    // A refresh or a removal: every write can be made again without harm, so finish it (with
    // tracking as the officer chose: it is still off here when they chose to write without).
    throw new RecoverInFreshRun(
      error,
      restoringTracking(restore, async (fresh) =>
        (await finishAfterFailure(fresh, writes, stateXml, original)) ? 'changed' : 'partly',
      ),
      FINISHED_BY_RECOVERY,
    );
  }
  const notAsWritten = await checkReadBack(context, readBack);
  if (stateWrite) await finishStatePartWrite(context, stateWrite);
  return { notAsWritten };
}

/**
 * What the batch returns when the recovery finished it: the regions were written (the state part,
 * last, holds the new state, or every write was sent again), with no read-back to name any that
 * Word wrote differently — as a batch whose read-back found nothing.
 */
const FINISHED_BY_RECOVERY: RegionWriteOutcome = { notAsWritten: [] };

interface PlannedWrite {
  /** About what its request sends: the package's characters (JSON escapes aside). */
  bytes: number;
  queue: () => void;
}

type ReadBack = { write: Exclude<RegionWrite, { kind: 'remove' }>; controls: Word.ContentControlCollection };

/** Above this a batch's writes go over more than one sync (Office on the web refuses 5 MB). */
export const REQUEST_BYTES_PER_SYNC = 4 * 1024 * 1024;

function requestSize(write: RegionWrite): number {
  if (write.kind === 'remove') return 0;
  const markup = rendered(write.content);
  const pictures = markup.pictures.reduce((sum, picture) => sum + picture.bytes.length, 0);
  return markup.xml.length + Math.ceil((pictures * 4) / 3) + 2048;
}

/** The writes in order, in groups of at most REQUEST_BYTES_PER_SYNC (a larger one on its own). */
export function requestGroups<T extends { bytes: number }>(planned: readonly T[]): T[][] {
  const groups: T[][] = [[]];
  let size = 0;
  for (const write of planned) {
    const current = groups.at(-1)!;
    if (current.length > 0 && size + write.bytes > REQUEST_BYTES_PER_SYNC) {
      groups.push([write]);
      size = write.bytes;
    } else {
      current.push(write);
      size += write.bytes;
    }
  }
  return groups;
}

/** What a region's text must read back as: its blocks' visible text, whitespace aside. */
function sameRegionText(wordText: string, content: RegionContent): boolean {
  return normalisedRegionText(wordText) === normalisedRegionText(contentText(content.blocks));
}

/**
 * Each written region as Word holds it after the final sync. `insertOoxml` has been reported to add
 * an empty paragraph (office-js-docs #874: ignored, the comparison skips whitespace), to insert a
 * second copy (#1914; docs #874 for a Replace: taken out again, one more sync, only then), and to
 * drop table content (#6752) or add paragraphs in tables inside controls (#116). A region that does
 * not read back as written is never left looking up to date: its recorded values no longer match
 * its text, so the next check reports it "edited". It is returned, not thrown: the rest of the
 * batch and the state part were written, so the officer is told what to look at, not that it failed.
 */
async function checkReadBack(
  context: Word.RequestContext,
  readBack: ReadBack[],
): Promise<RegionNotAsWritten[]> {
  const copies = readBack.filter(({ controls }) => controls.items.length > 1);
  for (const { write, controls } of copies) {
    // The copies Word added after ours: the first control is the one the write made or replaced.
    const [, ...extra] = controls.items;
    if (extra.every((control) => sameRegionText(control.text, write.content))) {
      for (const control of extra) control.delete(false);
    }
  }
  if (copies.length > 0) await context.sync();
  const wrong = readBack.filter(({ write, controls }) => {
    const first = controls.items[0];
    return !first || !sameRegionText(first.text, write.content);
  });
  return wrong.map(({ write }) => ({ tag: write.tag, name: regionName(write) }));
}

function regionName(write: Exclude<RegionWrite, { kind: 'remove' }>): string {
  return write.kind === 'insert' ? write.title : write.tag;
}

interface ControlLocks {
  cannotEdit: boolean;
  cannotDelete: boolean;
}

/** Queues a replace or remove on the region's control, lifting the author's locks only for it. */
function queueChange(control: Word.ContentControl, write: RegionWrite, locks: ControlLocks): void {
  if (write.kind === 'replace') {
    // An author's "cannot edit" lock is lifted for the refresh only, and put back.
    if (locks.cannotEdit) control.cannotEdit = false;
    const markup = rendered(write.content);
    control.insertOoxml(regionPackage(markup.xml, markup), 'Replace');
    if (locks.cannotEdit) control.cannotEdit = true;
  } else if (write.kind === 'remove') {
    if (locks.cannotDelete) control.cannotDelete = false;
    control.delete(write.keepContent);
  }
}

/**
 * After the writing sync of a refresh or removal failed, Word has run the writes before the
 * failure. Replacing a region's content again, removing a region that is still there and writing
 * the state part again are all harmless to repeat, so they are sent once more (two syncs: find the
 * controls by tag, write). True when that completed the change; false when the report is not in a
 * shape to finish (a region gone or doubled) or Word failed again.
 */
async function finishAfterFailure(
  context: Word.RequestContext,
  writes: readonly RegionWrite[],
  stateXml: string | null,
  locks: ReadonlyMap<string, ControlLocks>,
): Promise<boolean> {
  try {
    const found = writes.map((write) =>
      context.document.body.contentControls.getByTag(write.tag).load(CONTROL_FIELDS),
    );
    const parts =
      stateXml === null
        ? null
        : context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load('items/id');
    await context.sync();
    const queued: (() => void)[] = [];
    for (const [i, write] of writes.entries()) {
      const controls = found[i]!.items;
      const lockedAs = locks.get(write.tag);
      if (!lockedAs || controls.length > 1) return false;
      const control = controls[0];
      if (!control) {
        // Already removed before the failure; a replaced region cannot vanish.
        if (write.kind === 'remove') continue;
        return false;
      }
      queued.push(() => queueChange(control, write, lockedAs));
    }
    for (const queue of queued) queue();
    if (parts && stateXml !== null) queueOneStatePart(context, parts.items, stateXml);
    await context.sync();
    return true;
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return false;
  }
}

/** True when the report's state part reads back as `stateXml` (two syncs; false on any failure). */
async function statePartHolds(context: Word.RequestContext, stateXml: string): Promise<boolean> {
  try {
    const parts = context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load('items/id');
    await context.sync();
    const xml = parts.items.map((part) => part.getXml());
    await context.sync();
    return xml.length === 1 && xml[0]!.value.trim() === withoutXmlDeclaration(stateXml).trim();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return false;
  }
}

/**
 * After the writing sync failed: Word keeps the operations it ran before the failure. New regions
 * can be taken out again (found by their tags); a replaced or removed region cannot be put back,
 * so the officer is told part of the change may be there (and that Undo takes it back step by step).
 */
async function takeBackInserts(
  context: Word.RequestContext,
  writes: readonly RegionWrite[],
): Promise<'no' | 'partly'> {
  const inserted = writes.filter((write) => write.kind === 'insert');
  const others = writes.length - inserted.length;
  try {
    const found = inserted.map((write) =>
      context.document.body.contentControls.getByTag(write.tag).load('items/tag'),
    );
    await context.sync();
    for (const controls of found) for (const control of controls.items) control.delete(false);
    await context.sync();
    return others > 0 ? 'partly' : 'no';
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return 'partly';
  }
}
