/**
 * Changes the write methods make to the fake's document at sync time. Word keeps every range,
 * control, comment and picture attached to its text when paragraphs are added, so here everything
 * after the new paragraph moves down by one.
 */
import {
  fakeGuid,
  fakeParagraph,
  type FakeParagraph,
  type FakeSpan,
  type FakeWordDocument,
  type TextPosition,
} from './model';
import { comparePositions } from './story';

/** Word's display name of a built-in style, for `Paragraph.style` after `styleBuiltIn` is set. */
export function builtInStyleName(styleBuiltIn: string): string {
  return styleBuiltIn.replace(/([a-z])([A-Z0-9])/g, '$1 $2');
}

/** Setting `styleBuiltIn`: the style name and outline level follow (Heading N is outline level N). */
export function applyBuiltInStyle(paragraph: FakeParagraph, styleBuiltIn: string): void {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  paragraph.styleBuiltIn = styleBuiltIn;
  paragraph.style = builtInStyleName(styleBuiltIn);
  paragraph.outlineLevel = heading ? Number(heading[1]) : 10;
}

function shiftPosition(at: TextPosition, from: number): TextPosition {
  return at.paragraph >= from ? { paragraph: at.paragraph + 1, offset: at.offset } : at;
}

function shiftSpan(span: FakeSpan, from: number): FakeSpan {
  return { start: shiftPosition(span.start, from), end: shiftPosition(span.end, from) };
}

/**
 * A new paragraph at `index` (the one there moves down). It takes the table cell of the paragraph
 * it is written next to (`neighbourIndex`, before the insertion), as Word keeps a paragraph inserted in a cell inside the cell;
 * its formatting is Normal until the caller sets it. (Whether Word copies the neighbour's direct
 * formatting is not modelled.)
 */
export function insertParagraphAt(
  doc: FakeWordDocument,
  index: number,
  text: string,
  neighbourIndex: number,
): FakeParagraph {
  const neighbour = doc.paragraphs[neighbourIndex];
  if (!neighbour) throw new Error(`Fake Word: no paragraph ${neighbourIndex} to write next to`);
  const paragraph = fakeParagraph(text, {
    tableNestingLevel: neighbour.tableNestingLevel,
    cell: neighbour.cell ? { ...neighbour.cell } : null,
    uniqueLocalId: fakeGuid(0xa2, doc.paragraphs.length + 1),
  });
  doc.paragraphs.splice(index, 0, paragraph);
  for (const table of doc.tables) {
    const holdsNeighbour =
      neighbour.cell !== null &&
      table.firstParagraph <= neighbourIndex &&
      neighbourIndex <= table.lastParagraph;
    if (holdsNeighbour) {
      table.lastParagraph++;
      continue;
    }
    if (table.firstParagraph >= index) table.firstParagraph++;
    if (table.lastParagraph >= index) table.lastParagraph++;
  }
  for (const control of doc.contentControls) control.span = shiftSpan(control.span, index);
  for (const comment of doc.comments) comment.span = shiftSpan(comment.span, index);
  for (const picture of doc.inlinePictures) if (picture.paragraph >= index) picture.paragraph++;
  if (doc.selection) doc.selection = shiftSpan(doc.selection, index);
  return paragraph;
}

/** Keeps `contentControls` in document order: by start, an outer control before the ones inside it. */
export function sortContentControls(doc: FakeWordDocument): void {
  doc.contentControls.sort(
    (a, b) => comparePositions(a.span.start, b.span.start) || comparePositions(b.span.end, a.span.end),
  );
}
