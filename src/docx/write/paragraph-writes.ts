/**
 * The .docx host's paragraph changes, matching the Word host's (`src/word/write/word-writes.ts`):
 * add a section's paragraphs next to an anchor, wrap headings in controls that cannot be deleted,
 * remove that protection. Each checks every anchor against the document as it is now before
 * writing anything (`ReportError('report-changed')`), and runs inside `DocxReportHost.edit`, so
 * a failure leaves the bytes exactly as they were.
 *
 * Differences from Word, where a .docx has no choice: a paragraph inside a table cell anchors at
 * the table (new paragraphs go before or after the whole table), and the protecting control is
 * not marked hidden (w15:appearance needs a namespace the document may not declare; Word then
 * shows the control's frame only when the cursor is in it).
 */
import { ReportError } from '../../core/errors';
import type {
  ParagraphAnchor,
  ParagraphToProtect,
  ParagraphToWrite,
  ProtectionOutcome,
} from '../../core/report/host';
import { reportChanged, sameText } from '../../core/report/report-changed';
import type { ReportSnapshot } from '../../core/report/snapshot';
import { blockContentControl } from '../../ooxml/content-control';
import { paragraph } from '../../ooxml/paragraph';
import type { DocxEditor } from './docx-editor';
import { bodyBlocks, layoutDocument } from './document-blocks';

/** Throws 'report-changed' unless paragraph `anchor.paragraph` still has `anchor.text`. */
export function verifyAnchor(snapshot: ReportSnapshot, anchor: ParagraphAnchor): void {
  const found = snapshot.paragraphs[anchor.paragraph];
  if (!found || !sameText(found.text, anchor.text)) throw reportChanged();
}

/**
 * The document's style id for a built-in style ("Heading1" → the id of the style shown as
 * "Heading 1", which a localised document may store as "berschrift1"); null for Normal, which
 * a paragraph gets by having no style.
 */
export function styleIdFor(snapshot: ReportSnapshot, styleBuiltIn: string): string | null {
  if (styleBuiltIn === 'Normal') return null;
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  const shownName = heading ? `heading ${heading[1]}` : styleBuiltIn.toLowerCase();
  const used = snapshot.paragraphs.find((p) => p.styleName?.toLowerCase() === shownName && p.styleId);
  return used?.styleId ?? styleBuiltIn;
}

/** The paragraphs as WordprocessingML, bold on every run when asked (headings as bold Normal text). */
export function paragraphsXml(snapshot: ReportSnapshot, paragraphs: readonly ParagraphToWrite[]): string {
  return paragraphs
    .map((write) => {
      const styleId = styleIdFor(snapshot, write.styleBuiltIn);
      return paragraph({
        ...(styleId === null ? {} : { styleId }),
        runs: [{ text: write.text, bold: write.bold === true }],
      });
    })
    .join('');
}

export function insertParagraphsInDocx(
  editor: DocxEditor,
  snapshot: ReportSnapshot,
  anchor: ParagraphAnchor,
  location: 'Before' | 'After',
  paragraphs: readonly ParagraphToWrite[],
): void {
  verifyAnchor(snapshot, anchor);
  if (paragraphs.length === 0) return;
  const place = location === 'Before' ? { before: anchor.paragraph } : { after: anchor.paragraph };
  editor.insertBlocks(paragraphsXml(snapshot, paragraphs), place);
}

/**
 * Wraps each target paragraph in a block content control tagged `target.tag`, locked against
 * deletion (w:lock sdtLocked, Word's `cannotDelete`). Targets whose tag the document already has
 * are left alone. Only a paragraph directly in the body can be wrapped here; one inside a table
 * or another control is refused before anything is written.
 */
export function protectParagraphsInDocx(
  editor: DocxEditor,
  snapshot: ReportSnapshot,
  targets: readonly ParagraphToProtect[],
): ProtectionOutcome {
  for (const target of targets) verifyAnchor(snapshot, target);
  const existing = editor.controlTags();
  const toWrap = targets.filter((target) => !existing.has(target.tag));
  const alreadyProtected = targets.length - toWrap.length;
  if (toWrap.length === 0) return { protectedNow: 0, alreadyProtected };

  const part = editor.mainPart;
  const text = editor.readPart(part) ?? '';
  const layout = layoutDocument(text, part, editor.fileName);
  const { blocks } = bodyBlocks(layout);
  const splices = toWrap.map((target) => {
    const block = blocks.find((b) => b.paragraphCount === 1 && b.firstParagraph === target.paragraph);
    if (!block || block.element.name !== 'w:p') {
      throw new ReportError(
        'cannot-protect',
        `The heading "${target.text}" is inside a table or another content control, so it cannot be protected here.`,
      );
    }
    const original = text.slice(block.position.start, block.position.end);
    const wrapped = blockContentControl(
      { tag: target.tag, title: target.title, lock: 'sdtLocked' },
      original,
    );
    return { start: block.position.start, end: block.position.end, xml: wrapped };
  });
  // From the end backwards, so earlier offsets stay right.
  splices.sort((a, b) => b.start - a.start);
  let changed = text;
  for (const splice of splices)
    changed = changed.slice(0, splice.start) + splice.xml + changed.slice(splice.end);
  editor.writeParts(new Map([[part, changed]]));
  return { protectedNow: toWrap.length, alreadyProtected };
}

/** Removes every control whose tag starts with `tagPrefix`, keeping its paragraphs; returns how many. */
export function unprotectParagraphsInDocx(editor: DocxEditor, tagPrefix: string): number {
  const ours = [...editor.controlTags()].filter((tag) => tag.startsWith(tagPrefix));
  for (const tag of ours) editor.removeControl(tag, { keepContent: true });
  return ours.length;
}
