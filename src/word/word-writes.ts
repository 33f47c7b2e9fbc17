/**
 * The Office.js host's changes to the document. Each is one `Word.run` (one undo step in Word) of
 * two syncs whatever the document's size:
 *
 * 1. read: the paragraphs' text (only the one needed when there is one anchor), and the existing
 *    controls' tags when protecting;
 * 2. after checking each anchor paragraph still has the text the check saw, every write is queued
 *    and sent in one final sync, so nothing is half-written: a refusal comes before any write.
 */
import { ReportError } from '../core/errors';
import type {
  ParagraphAnchor,
  ParagraphToProtect,
  ParagraphToWrite,
  ProtectionOutcome,
} from '../core/report/host';
import { paragraphText } from './word-text';

export const REPORT_CHANGED_MESSAGE = 'The report has changed since it was checked — check it again.';

function reportChanged(): ReportError {
  return new ReportError('report-changed', REPORT_CHANGED_MESSAGE);
}

/** Word's text and the snapshot's, compared as the officer sees them (spacing aside). */
function sameText(wordText: string, expected: string): boolean {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return flat(paragraphText(wordText)) === flat(expected);
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
): Promise<void> {
  const found = loadParagraphAt(context, anchor.paragraph);
  await context.sync();
  let previous = verifiedParagraph(found, anchor);
  let first: Word.Paragraph | null = null;
  for (const write of paragraphs) {
    const paragraph = previous.insertParagraph(write.text, location);
    paragraph.styleBuiltIn = write.styleBuiltIn as Word.BuiltInStyleName;
    if (write.bold !== null) paragraph.font.bold = write.bold;
    if (location === 'After') previous = paragraph;
    first ??= paragraph;
  }
  // Show the officer where the section went.
  first?.select('Start');
  await context.sync();
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
  const controls = body.contentControls.load('items/tag');
  await context.sync();
  const existing = new Set(controls.items.map((control) => control.tag));
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
  await context.sync();
  return { protectedNow, alreadyProtected };
}

/** Removes the controls tagged `tagPrefix…`, keeping the text. Two syncs. */
export async function unprotectParagraphsInWord(
  context: Word.RequestContext,
  tagPrefix: string,
): Promise<number> {
  const controls = context.document.body.contentControls.load('items/tag');
  await context.sync();
  const ours = controls.items.filter((control) => control.tag.startsWith(tagPrefix));
  for (const control of ours) {
    // Word will not delete a control marked cannotDelete: lift the mark first, in the same batch.
    control.cannotDelete = false;
    control.delete(true);
  }
  await context.sync();
  return ours.length;
}
