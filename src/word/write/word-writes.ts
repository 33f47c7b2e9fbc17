/**
 * The Office.js host's changes to the document. Each is one `Word.run` of two syncs whatever the
 * document's size (Word has no undo grouping for add-ins, office-js #1827: each paragraph or control
 * written is an Undo step of its own):
 *
 * 1. read: the paragraphs' text (only the one needed when there is one anchor), and the existing
 *    controls' tags when protecting;
 * 2. after checking each anchor paragraph still has the text the check saw, every write is queued
 *    and sent in one final sync, so nothing is half-written: a refusal comes before any write.
 */
import { reportChanged } from '../../core/report/report-changed';
import type {
  ParagraphAnchor,
  ParagraphToProtect,
  ParagraphToWrite,
  ProtectionOutcome,
} from '../../core/report/host';
import { isOfficeError, WordWriteFailure } from '../word-errors';
import { sameParagraphText as sameText } from '../read/word-text';
import { queueTrackingRead, queueWithoutTracking, restoringTracking } from './change-tracking';

/** The first sync only reads: when it fails, nothing has been written. */
async function syncBeforeWriting(context: Word.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (isOfficeError(error)) throw new WordWriteFailure(error, 'no');
    throw error;
  }
}

export type RecoveryOutcome = 'unchanged' | 'changed' | 'partly';

/**
 * Thrown out of a `Word.run` whose writing sync failed, carrying what puts the document back (or
 * finishes the change). The recovery must run in a fresh `Word.run`: in Word on the web a
 * `body.paragraphs` or `body.contentControls` collection loaded again in the same run still holds
 * the items of its first load (office-js #3284), so a re-read there would see the report as it was
 * before the failed batch and could tell the officer "nothing was changed" when something was.
 */
export class RecoverInFreshRun extends Error {
  constructor(
    readonly office: { code: string; message: string },
    readonly recover: (context: Word.RequestContext) => Promise<RecoveryOutcome>,
    /** What the change returns when the recovery finished it ('changed'). */
    readonly finished: unknown = undefined,
  ) {
    super(office.message);
    this.name = 'RecoverInFreshRun';
  }
}

/** `Word.run` as the host calls it (injected so the recovery gets a run of its own). */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Runs a change in one `Word.run`; when its writing sync failed, runs the recovery in a second,
 * fresh `Word.run` and turns the outcome into a WordWriteFailure that says what the report holds
 * (or returns the change's result when the recovery finished it).
 */
export async function runWordChange<T>(
  run: WordRun,
  batch: (context: Word.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    if (!(error instanceof RecoverInFreshRun)) throw error;
    let outcome: RecoveryOutcome = 'partly';
    try {
      outcome = await run((context) => error.recover(context));
    } catch (recoveryError) {
      if (!isOfficeError(recoveryError)) throw recoveryError;
    }
    if (outcome === 'changed') return error.finished as T;
    throw new WordWriteFailure(error.office, outcome === 'unchanged' ? 'no' : 'partly');
  }
}

/**
 * The sync that writes. Word runs a batch's operations in order and stops at the first that fails,
 * keeping the ones before it: `recover` (run in a fresh `Word.run` by runWordChange) puts the
 * document back as it was (or finishes the change) and says which, so the officer is never left
 * with half a change they were not told about.
 */
async function syncWrites(
  context: Word.RequestContext,
  recover: (context: Word.RequestContext) => Promise<RecoveryOutcome>,
  finished?: unknown,
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    throw new RecoverInFreshRun(error, recover, finished);
  }
}

/** Queues a load of the one paragraph at `index`, not the whole body. */
function loadParagraphAt(context: Word.RequestContext, index: number): Word.ParagraphCollection {
  return context.document.body.paragraphs.load({ select: 'items/text', skip: index, top: 1 });
}

function verifiedParagraph(paragraphs: Word.ParagraphCollection, anchor: ParagraphAnchor): Word.Paragraph {
  const paragraph = paragraphs.items[0];
  if (!paragraph || !sameText(paragraph.text, anchor.text)) throw reportChanged();
  return paragraph;
}

/** Selects the paragraph, which also scrolls Word to it. Two syncs. */
export async function selectParagraphInWord(
  context: Word.RequestContext,
  anchor: ParagraphAnchor,
): Promise<void> {
  const paragraphs = loadParagraphAt(context, anchor.paragraph);
  await context.sync();
  verifiedParagraph(paragraphs, anchor).select('Select');
  await context.sync();
}

/**
 * Writes `paragraphs` in order just before or just after the anchor: each one before the anchor
 * (so they keep their order), or each after the one written before it. Two syncs.
 */
export async function insertParagraphsInWord(
  context: Word.RequestContext,
  anchor: ParagraphAnchor,
  location: 'Before' | 'After',
  paragraphs: ParagraphToWrite[],
  tracked = true,
): Promise<void> {
  // The anchor and the paragraphs after it, enough of them to hold every paragraph written and
  // what was there: after a failure, seeing them unchanged proves nothing was written, and what
  // Word did write can be found and taken out again.
  const window = { select: 'items/text', skip: anchor.paragraph, top: 2 * paragraphs.length + 2 };
  const found = context.document.body.paragraphs.load(window);
  const tracking = queueTrackingRead(context, tracked);
  await syncBeforeWriting(context);
  const original = found.items.map((paragraph) => paragraph.text);
  let previous = verifiedParagraph(found, anchor);
  const written: Word.Paragraph[] = [];
  const restore = queueWithoutTracking(context, tracking, () => {
    for (const write of paragraphs) {
      const paragraph = previous.insertParagraph(write.text, location);
      paragraph.styleBuiltIn = write.styleBuiltIn as Word.BuiltInStyleName;
      if (write.bold !== null) paragraph.font.bold = write.bold;
      if (location === 'After') previous = paragraph;
      written.push(paragraph);
    }
  });
  // Show the officer where the section went.
  written[0]?.select('Start');
  // Word keeps the paragraphs it wrote before a failure: find them (they sit, in order, next to
  // the anchor with the text we wrote) and delete them, so the report is as it was (2 more syncs).
  await syncWrites(
    context,
    restoringTracking(restore, async (fresh) => {
      const now = fresh.document.body.paragraphs.load(window);
      await fresh.sync();
      const texts = now.items.map((paragraph) => paragraph.text);
      if (sameTexts(texts, original)) return 'unchanged';
      const written = writtenBeforeFailure(texts, original, paragraphs, location, window.top);
      if (written === null) return 'partly';
      for (const index of written) now.items[index]!.delete();
      // A range of its own: in Word on the web `body.paragraphs` would not show the deletions yet.
      const after = fresh.document.body.getRange('Whole').paragraphs.load(window);
      await fresh.sync();
      return sameTexts(
        after.items.map((paragraph) => paragraph.text),
        original,
      )
        ? 'unchanged'
        : 'partly';
    }),
  );
}

function sameTexts(wordTexts: string[], expected: string[]): boolean {
  return wordTexts.length === expected.length && wordTexts.every((text, i) => sameText(text, expected[i]!));
}

/**
 * Where in the window (the anchor and what follows) the first k paragraphs of `paragraphs` are,
 * when the window is exactly the original with them inserted before or after the anchor; null when
 * it is anything else (someone else's change, or ours in a shape we do not recognise), so nothing
 * is deleted on a guess.
 */
function writtenBeforeFailure(
  texts: string[],
  original: string[],
  paragraphs: ParagraphToWrite[],
  location: 'Before' | 'After',
  top: number,
): number[] | null {
  for (let k = 1; k <= paragraphs.length; k++) {
    const inserted = paragraphs.slice(0, k).map((write) => write.text);
    const expected =
      location === 'After' ? [original[0]!, ...inserted, ...original.slice(1)] : [...inserted, ...original];
    // Both windows are cut at `top`: what lies beyond the original window is not known, so
    // compare what both show, which always includes every paragraph written.
    if (texts.length < Math.min(expected.length, top)) continue;
    const shown = Math.min(texts.length, expected.length);
    if (!sameTexts(texts.slice(0, shown), expected.slice(0, shown))) continue;
    const first = location === 'After' ? 1 : 0;
    return inserted.map((_, i) => first + i);
  }
  return null;
}

/**
 * Wraps each paragraph in a content control that cannot be deleted (hidden, so the report looks
 * the same); a paragraph already in a control with its tag is left alone. Two syncs.
 */
export async function protectParagraphsInWord(
  context: Word.RequestContext,
  targets: ParagraphToProtect[],
): Promise<ProtectionOutcome> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load('items/text');
  const controls = body.contentControls.load('items/tag,items/id');
  await syncBeforeWriting(context);
  const existing = new Set(controls.items.map((control) => control.tag));
  const existingIds = new Set(controls.items.map((control) => control.id));
  let protectedNow = 0;
  let alreadyProtected = 0;
  // Check every target before writing any, so a changed report writes nothing.
  const toWrap = targets.filter((target) => {
    const paragraph = paragraphs.items[target.paragraph];
    if (!paragraph || !sameText(paragraph.text, target.text)) throw reportChanged();
    if (existing.has(target.tag)) {
      alreadyProtected++;
      return false;
    }
    return true;
  });
  for (const target of toWrap) {
    const control = paragraphs.items[target.paragraph]!.insertContentControl();
    control.tag = target.tag;
    control.title = target.title;
    control.appearance = 'Hidden';
    control.cannotDelete = true;
    protectedNow++;
  }
  // On a failure, every control that was not there before is ours (perhaps not yet tagged): remove
  // it, keeping its text, so the report is as it was.
  await syncWrites(context, async (fresh) => {
    const now = fresh.document.body.contentControls.load('items/id');
    await fresh.sync();
    for (const control of now.items) {
      if (existingIds.has(control.id)) continue;
      control.cannotDelete = false;
      control.delete(true);
    }
    await fresh.sync();
    return 'unchanged';
  });
  return { protectedNow, alreadyProtected };
}

/** Removes the controls tagged `tagPrefix…`, keeping the text. Two syncs. */
export async function unprotectParagraphsInWord(
  context: Word.RequestContext,
  tagPrefix: string,
): Promise<number> {
  const controls = context.document.body.contentControls.load('items/tag');
  await syncBeforeWriting(context);
  const ours = controls.items.filter((control) => control.tag.startsWith(tagPrefix));
  for (const control of ours) {
    // Word will not delete a control marked cannotDelete: lift the mark first, in the same batch.
    control.cannotDelete = false;
    control.delete(true);
  }
  // Removing protection can be finished rather than undone: on a failure, remove what is left.
  await syncWrites(
    context,
    async (fresh) => {
      const left = fresh.document.body.contentControls.load('items/tag');
      await fresh.sync();
      for (const control of left.items.filter((c) => c.tag.startsWith(tagPrefix))) {
        control.cannotDelete = false;
        control.delete(true);
      }
      await fresh.sync();
      return 'changed';
    },
    ours.length,
  );
  return ours.length;
}
