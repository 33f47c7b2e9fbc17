/**
 * OOXML going in and blocks coming out, for live regions: `Range.insertOoxml` ('Before', 'After',
 * 'Replace' on whole paragraphs), `ContentControl.insertOoxml(…, 'Replace')`,
 * `ContentControl.delete(false)` (the control with its content), `Paragraph.delete()` and
 * `Document.getSelection()`.
 *
 * The package is read the way the fake reads a .docx (`WordStoryReader`): its paragraphs, tables
 * (values, header rows, OOXML), nested content controls and inline pictures become the fake's, so
 * a test reading the document afterwards sees what Word's API would show. Styles the package
 * defines and the document lacks are added to the document, as Word does.
 *
 * Unverified details, chosen to be plausible: OOXML inserted 'Before'/'After' a range of whole
 * paragraphs goes in as whole blocks next to them, with no empty paragraph added or merged;
 * 'Replace' on a block control replaces exactly its content. Inserting inside a table cell is not
 * modelled (the fake refuses, loudly).
 */
import { StyleSheet } from '../../../src/docx/read/styles';
import { CANONICAL_PREFIXES } from '../../../src/ooxml/namespaces';
import { children, parseXml, path, type XmlElement } from '../../../src/ooxml/xml';
import { WordStoryReader } from './docx-story';
import { sortContentControls } from './edits';
import { ERROR_CODES, FakeOfficeError } from './errors';
import {
  fakeGuid,
  fakeParagraph,
  type FakeParagraph,
  type FakeContentControl,
  type FakeSpan,
  type FakeWordDocument,
  type TextPosition,
} from './model';
import type { ClassRegistry, FakeWord, MethodSpec } from './runtime';
import { paragraphIndex, spanContains, spanParagraphs } from './story';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
let nextParagraphId = 1;

function notModelled(what: string): Error {
  return new Error(`Fake Word: ${what} is not modelled`);
}

function badOoxml(why: string): FakeOfficeError {
  // Word answers malformed OOXML with a general failure of the whole batch.
  return new FakeOfficeError(ERROR_CODES.generalException, `insertOoxml: ${why}`);
}

interface ReadPackage {
  body: XmlElement;
  namespaces: Record<string, string>;
  styles: XmlElement | null;
}

/** The body and styles of a flat OPC package (or of a bare w:document, which Word also takes). */
function readPackage(ooxml: string): ReadPackage {
  let root: XmlElement;
  try {
    root = parseXml(ooxml, 'insertOoxml', { canonicalPrefixes: { ...CANONICAL_PREFIXES, [PKG]: 'pkg' } });
  } catch (error) {
    throw badOoxml(error instanceof Error ? error.message : String(error));
  }
  const partXml = (name: string): XmlElement | null => {
    const part = children(root, 'pkg:part').find(
      (p) => (p.attributes['pkg:name'] ?? '').toLowerCase() === name,
    );
    return part ? (children(path(part, 'pkg:xmlData') ?? part)[0] ?? null) : null;
  };
  const document = root.name === 'w:document' ? root : partXml('/word/document.xml');
  const body = document ? path(document, 'w:body') : null;
  if (!document || !body) throw badOoxml('the package has no /word/document.xml body');
  const namespaces = Object.fromEntries(
    Object.entries(document.attributes).filter(([name]) => name.startsWith('xmlns:')),
  );
  return { body, namespaces, styles: root.name === 'w:document' ? null : partXml('/word/styles.xml') };
}

/** The document's styles with the package's added where the document has no style of that id. */
function mergeStyles(doc: FakeWordDocument, added: XmlElement | null): StyleSheet {
  const own = doc.stylesXml ?? null;
  if (added) {
    const ids = new Set(children(own ?? added, 'w:style').map((s) => s.attributes['w:styleId']));
    const fresh = own ? children(added, 'w:style').filter((s) => !ids.has(s.attributes['w:styleId'])) : [];
    doc.stylesXml = own ? { ...own, children: [...own.children, ...fresh] } : added;
  }
  return StyleSheet.read(doc.stylesXml ?? null, []);
}

function shift(at: TextPosition, from: number, by: number): TextPosition {
  return at.paragraph >= from ? { paragraph: at.paragraph + by, offset: at.offset } : at;
}

function shiftSpan(span: FakeSpan, from: number, by: number): FakeSpan {
  return { start: shift(span.start, from, by), end: shift(span.end, from, by) };
}

function offsetSpan(span: FakeSpan, by: number): FakeSpan {
  return shiftSpan(span, 0, by);
}

/** Each paragraph's cell points into `doc.tables` by index: keep it pointing at the same table. */
function withTablesRenumbered(doc: FakeWordDocument, change: () => void): void {
  const owners = doc.paragraphs.map((p) => (p.cell ? doc.tables[p.cell.table] : undefined));
  const ownerOf = new Map(doc.paragraphs.map((p, i) => [p, owners[i]]));
  change();
  for (const p of doc.paragraphs) {
    const owner = ownerOf.get(p);
    if (p.cell && owner) p.cell.table = doc.tables.indexOf(owner);
  }
}

function sortTables(doc: FakeWordDocument): void {
  doc.tables.sort((a, b) => a.firstParagraph - b.firstParagraph || a.nestingLevel - b.nestingLevel);
}

function insideTable(doc: FakeWordDocument, at: number): boolean {
  return doc.tables.some((t) => t.firstParagraph < at && at <= t.lastParagraph);
}

/** The whole-paragraph span of paragraphs first..last. */
function blockSpan(doc: FakeWordDocument, first: number, last: number): FakeSpan {
  return {
    start: { paragraph: first, offset: 0 },
    end: { paragraph: last, offset: (doc.paragraphs[last]?.text.length ?? 0) + 1 },
  };
}

/** Puts the package's blocks in as paragraphs `at`, `at + 1`, …; returns their span. */
export function insertBlocksAt(doc: FakeWordDocument, at: number, ooxml: string): FakeSpan {
  if (insideTable(doc, at)) throw notModelled('inserting OOXML inside a table');
  const pkg = readPackage(ooxml);
  const story = new WordStoryReader(mergeStyles(doc, pkg.styles), {
    deletedText: 'shown',
    namespaces: pkg.namespaces,
  });
  story.blocks(pkg.body);
  const count = story.paragraphs.length;
  if (count === 0) throw badOoxml('the package body has no paragraphs');

  const cellTables = story.paragraphs.map((p) => (p.cell ? story.tables[p.cell.table] : undefined));
  withTablesRenumbered(doc, () => {
    for (const table of doc.tables) {
      if (table.firstParagraph >= at) table.firstParagraph += count;
      if (table.lastParagraph >= at) table.lastParagraph += count;
    }
    for (const table of story.tables) {
      table.firstParagraph += at;
      table.lastParagraph += at;
      doc.tables.push(table);
    }
    sortTables(doc);
  });
  story.paragraphs.forEach((p, i) => {
    const owner = cellTables[i];
    if (p.cell && owner) p.cell.table = doc.tables.indexOf(owner);
    p.uniqueLocalId = fakeGuid(0xa3, nextParagraphId++);
  });
  doc.paragraphs.splice(at, 0, ...story.paragraphs);

  for (const control of doc.contentControls) control.span = shiftSpan(control.span, at, count);
  for (const comment of doc.comments) comment.span = shiftSpan(comment.span, at, count);
  for (const picture of doc.inlinePictures) if (picture.paragraph >= at) picture.paragraph += count;
  if (doc.selection) doc.selection = shiftSpan(doc.selection, at, count);

  for (const control of story.contentControls) {
    control.span = offsetSpan(control.span, at);
    doc.contentControls.push(control);
  }
  sortContentControls(doc);
  for (const picture of story.pictures)
    doc.inlinePictures.push({ ...picture, paragraph: picture.paragraph + at });
  doc.inlinePictures.sort((a, b) => a.paragraph - b.paragraph);
  return blockSpan(doc, at, at + count - 1);
}

/**
 * Removes paragraphs first..last with everything inside them (tables, controls, pictures,
 * comments), except `keep`, a control around them that stays.
 */
export function removeParagraphs(
  doc: FakeWordDocument,
  first: number,
  last: number,
  keep: FakeContentControl | null = null,
): void {
  const count = last - first + 1;
  const removed = blockSpan(doc, first, last);
  if (doc.tables.some((t) => t.firstParagraph < first && first <= t.lastParagraph))
    throw notModelled('removing paragraphs inside a table');
  const collapse = (p: TextPosition): TextPosition =>
    p.paragraph < first
      ? p
      : p.paragraph > last
        ? { ...p, paragraph: p.paragraph - count }
        : { paragraph: first, offset: 0 };
  const moveSpan = (span: FakeSpan): FakeSpan => ({ start: collapse(span.start), end: collapse(span.end) });

  withTablesRenumbered(doc, () => {
    doc.tables = doc.tables.filter((t) => t.lastParagraph < first || t.firstParagraph > last);
    for (const table of doc.tables) {
      if (table.firstParagraph > last) table.firstParagraph -= count;
      if (table.lastParagraph > last) table.lastParagraph -= count;
    }
  });
  doc.paragraphs.splice(first, count);
  doc.contentControls = doc.contentControls.filter((c) => c === keep || !spanContains(removed, c.span));
  for (const control of doc.contentControls) if (control !== keep) control.span = moveSpan(control.span);
  doc.comments = doc.comments.filter((c) => !spanContains(removed, c.span));
  for (const comment of doc.comments) comment.span = moveSpan(comment.span);
  doc.inlinePictures = doc.inlinePictures.filter((p) => p.paragraph < first || p.paragraph > last);
  for (const picture of doc.inlinePictures) if (picture.paragraph > last) picture.paragraph -= count;
  if (doc.selection) doc.selection = moveSpan(doc.selection);
  // Word always keeps one paragraph in the body.
  if (doc.paragraphs.length === 0)
    doc.paragraphs.push(fakeParagraph('', { uniqueLocalId: fakeGuid(0xa3, nextParagraphId++) }));
}

/** The paragraphs a block control or range covers, refusing anything but whole paragraphs. */
function wholeParagraphs(doc: FakeWordDocument, span: FakeSpan, what: string): [number, number] {
  const paragraphs = spanParagraphs(span);
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  const lastText = last === undefined ? undefined : doc.paragraphs[last]?.text;
  if (first === undefined || last === undefined || lastText === undefined)
    throw notModelled(`${what} of nothing`);
  if (span.start.offset !== 0 || span.end.paragraph !== last || span.end.offset !== lastText.length + 1)
    throw notModelled(`${what} on part of a paragraph`);
  return [first, last];
}

/**
 * Replaces a block control's content with the package's blocks; the control stays, tag and all,
 * and controls around it (a group, say) still end where it ends.
 */
export function replaceControlContent(
  doc: FakeWordDocument,
  control: FakeContentControl,
  ooxml: string,
): FakeSpan {
  if (control.subtype !== 'RichTextParagraphs')
    throw notModelled(`replacing the content of a ${control.subtype} control`);
  const [first, last] = wholeParagraphs(doc, control.span, 'ContentControl.insertOoxml');
  const endingWithIt = doc.contentControls.filter(
    (c) => c !== control && spanContains(c.span, control.span) && c.span.end.paragraph === last,
  );
  const inserted = insertBlocksAt(doc, last + 1, ooxml);
  const count = inserted.end.paragraph - inserted.start.paragraph + 1;
  removeParagraphs(doc, first, last, control);
  control.span = blockSpan(doc, first, first + count - 1);
  for (const around of endingWithIt) around.span = { start: around.span.start, end: control.span.end };
  sortContentControls(doc);
  return control.span;
}

/**
 * The package as the reported faults would make Word insert it (see profiles.ts): #3271 fails the
 * batch, #6752 drops each table's last row, #1914 / docs #874 put the body in twice.
 */
function asWordInsertsIt(ooxml: string, word: FakeWord): string {
  const quirks = word.behaviours;
  if (quirks.ooxmlGeneralException)
    throw new FakeOfficeError(
      ERROR_CODES.generalException,
      'GeneralException (insertOoxml, office-js #3271)',
    );
  let out = ooxml;
  if (quirks.ooxmlDropsTableRow)
    out = out.replace(/<w:tr\b(?:(?!<w:tr\b)[\s\S])*?<\/w:tr>(?=\s*<\/w:tbl>)/g, '');
  if (quirks.ooxmlDuplicateCopy) {
    out = out.replace(
      /(<w:body\b[^>]*>)([\s\S]*?)(<w:sectPr\b[\s\S]*?<\/w:sectPr>\s*)?(<\/w:body>)/,
      (_m, open, body, sect, close) => `${open}${body}${body}${sect ?? ''}${close}`,
    );
  }
  return out;
}

function rangeInsertOoxml(
  node: FakeSpan,
  [raw, location]: unknown[],
  doc: FakeWordDocument,
  word: FakeWord,
): FakeSpan {
  const ooxml = asWordInsertsIt(String(raw), word);
  const [first, last] = wholeParagraphs(doc, node, 'Range.insertOoxml');
  switch (location) {
    case 'Before':
      return insertBlocksAt(doc, first, String(ooxml));
    case 'After':
      return insertBlocksAt(doc, last + 1, String(ooxml));
    case 'Replace': {
      const inserted = insertBlocksAt(doc, last + 1, String(ooxml));
      const count = inserted.end.paragraph - inserted.start.paragraph + 1;
      removeParagraphs(doc, first, last);
      return blockSpan(doc, first, first + count - 1);
    }
    default:
      throw notModelled(`Range.insertOoxml at "${String(location)}"`);
  }
}

/** Adds the methods above to the fake's classes (called once from word-classes.ts). */
export function addRegionEdits(classes: ClassRegistry): void {
  const object = (type: string, run: MethodSpec['run'], since?: string): MethodSpec => ({
    returns: { object: type },
    run,
    since,
  });
  const range = classes['Range'];
  const control = classes['ContentControl'];
  const document = classes['Document'];
  const paragraph = classes['Paragraph'];
  if (!range || !control || !document || !paragraph)
    throw new Error('Fake Word: classes missing for region edits');

  range.methods['insertOoxml'] = object('Range', (node: FakeSpan, args, doc, word) =>
    rangeInsertOoxml(node, args, doc, word),
  );
  control.methods['insertOoxml'] = object('Range', (c: FakeContentControl, [ooxml, location], doc, word) => {
    if (location !== 'Replace') throw notModelled(`ContentControl.insertOoxml at "${String(location)}"`);
    let xml = asWordInsertsIt(String(ooxml), word);
    // office-js-docs #874: a Replace leaves an empty paragraph at the end of what it put in.
    if (word.behaviours.ooxmlExtraEmptyParagraph) xml = xml.replace(/(<w:sectPr\b|<\/w:body>)/, '<w:p/>$1');
    return replaceControlContent(doc, c, xml);
  });
  const keepOnly = control.methods['delete'];
  control.methods['delete'] = {
    returns: 'void',
    run: (c: FakeContentControl, args, doc, word) => {
      if (args[0] === true || c.cannotDelete) return keepOnly?.run(c, args, doc, word);
      const [first, last] = wholeParagraphs(doc, c.span, 'ContentControl.delete(false)');
      removeParagraphs(doc, first, last);
      return undefined;
    },
  };
  // Paragraph.delete (WordApi 1.1): the paragraph goes, with controls and comments inside it. Word
  // refuses to delete inside a control that cannot be edited, or the whole of one that cannot be
  // deleted; removing a table cell's paragraph is not modelled.
  paragraph.methods['delete'] = {
    returns: 'void',
    run: (p: FakeParagraph, _args, doc) => {
      const index = paragraphIndex(doc, p);
      if (p.cell) throw notModelled('Paragraph.delete inside a table cell');
      for (const c of doc.contentControls) {
        const covered = spanParagraphs(c.span);
        const inside = covered.includes(index);
        const whole = covered.length === 1 && covered[0] === index;
        if ((inside && c.cannotEdit) || (whole && c.cannotDelete))
          throw new FakeOfficeError(ERROR_CODES.accessDenied, 'The content control cannot be changed.');
      }
      removeParagraphs(doc, index, index);
      return undefined;
    },
  };
  // Word's cursor starts at the start of the document until something is selected.
  document.methods['getSelection'] = object('Range', (_node, _args, doc): FakeSpan => {
    const start = { paragraph: 0, offset: 0 };
    return doc.selection ?? { start, end: start };
  });
}
