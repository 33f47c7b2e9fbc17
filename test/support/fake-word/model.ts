/**
 * The fake's document: Word's object model as plain data, holding exactly what the Word API shows
 * (a paragraph's localized style name, its list string, Word's own ids), not what the .docx file
 * holds. Proxies read it at sync time; later issues' write methods change it at sync time.
 */
import type { XmlElement } from '../../../src/ooxml/xml';

/** A place in the main story: a paragraph and a character offset in its `text`. */
export interface TextPosition {
  paragraph: number;
  /** 0..text.length; text.length + 1 is after the paragraph mark. */
  offset: number;
}

/** A stretch of the main story, end exclusive. */
export interface FakeSpan {
  start: TextPosition;
  end: TextPosition;
}

export interface FakeListMembership {
  /** Index into `FakeWordDocument.lists`. */
  list: number;
  /** 0-based level. */
  level: number;
  /** The label Word shows, e.g. "1.4", "a)", "•". */
  listString: string;
}

export interface FakeCellPosition {
  /** Index into `FakeWordDocument.tables` of the innermost table holding the paragraph. */
  table: number;
  rowIndex: number;
  cellIndex: number;
}

export interface FakeParagraph {
  /** As `Paragraph.text` gives it: tabs "\t", manual line breaks "\v", no paragraph mark. */
  text: string;
  /** Localized style name, e.g. "Heading 1". */
  style: string;
  /** A `Word.BuiltInStyleName` value such as "Heading1", or "Other" for a custom style. */
  styleBuiltIn: string;
  /** 1..9, or 10 for body text (Word's numbering of outline levels). */
  outlineLevel: number;
  /** `font.bold`: true when all bold, false when none, null when mixed. */
  bold: boolean | null;
  /**
   * When `bold` is null: which characters of `text` are bold ("1") and which not ("0"), so a
   * range inside the paragraph (getTextRanges) knows its own `font.bold`.
   */
  boldMask?: string;
  italic: boolean | null;
  list: FakeListMembership | null;
  /** 0 outside tables, 1 in a table, 2 in a table nested in a cell, ... */
  tableNestingLevel: number;
  cell: FakeCellPosition | null;
  /** `Paragraph.uniqueLocalId` (WordApi 1.6): stable within the session, opaque. */
  uniqueLocalId: string;
  /**
   * `getReviewedText('Current')` when it differs from `text`: the text without the tracked
   * deletions that `text` shows (office-js #1267). Absent when the two are the same.
   */
  reviewedText?: string;
}

export interface FakeList {
  /** Word's list id (not the file's numId). */
  id: number;
  /** `List.levelTypes`: "Number", "Bullet" or "Picture" per level. */
  levelTypes: string[];
}

export interface FakeTable {
  /** Paragraph range the table covers (including nested tables' paragraphs). */
  firstParagraph: number;
  lastParagraph: number;
  /** 1 for a table in the body, 2 inside a cell of another table, ... */
  nestingLevel: number;
  /** `Table.values`: one array per row, one string per cell the row actually has. */
  values: string[][];
  headerRowCount: number;
  /** What `table.getRange().getOoxml()` returns: a flat OPC package holding the table. */
  ooxml: string;
}

export interface FakeContentControl {
  id: number;
  tag: string;
  title: string;
  /** `ContentControl.type`, e.g. "RichText", "PlainText", "Picture", "CheckBox". */
  type: string;
  /** `ContentControl.subtype` (WordApi 1.3), e.g. "RichTextInline", "RichTextParagraphs". */
  subtype: string;
  appearance: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
  placeholderText: string;
  span: FakeSpan;
}

export interface FakeCommentReply {
  id: string;
  authorName: string;
  authorEmail: string;
  content: string;
  creationDate: Date;
}

export interface FakeComment extends FakeCommentReply {
  resolved: boolean;
  replies: FakeCommentReply[];
  /** What `comment.getRange()` covers. */
  span: FakeSpan;
}

export interface FakeCustomXmlPart {
  /** Word's part id, a GUID in braces. */
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeInlinePicture {
  /** Paragraph holding the picture. */
  paragraph: number;
  altTextDescription: string;
  altTextTitle: string;
  /** Points. */
  width: number;
  height: number;
}

export type CustomPropertyValue = string | number | boolean | Date;

export interface FakeCustomProperty {
  key: string;
  value: CustomPropertyValue;
  type: 'String' | 'Number' | 'Boolean' | 'Date';
}

/** `Document.properties`: Word gives "" for an empty text property. */
export interface FakeDocumentProperties {
  title: string;
  subject: string;
  author: string;
  lastAuthor: string;
  keywords: string;
  comments: string;
  category: string;
  company: string;
  manager: string;
  creationDate: Date | null;
  lastSaveTime: Date | null;
  customProperties: FakeCustomProperty[];
}

export interface FakeWordDocument {
  paragraphs: FakeParagraph[];
  lists: FakeList[];
  tables: FakeTable[];
  contentControls: FakeContentControl[];
  comments: FakeComment[];
  customXmlParts: FakeCustomXmlPart[];
  inlinePictures: FakeInlinePicture[];
  properties: FakeDocumentProperties;
  /** What `select()` last selected; absent until something is selected. */
  selection?: FakeSpan | null;
  /**
   * The document's styles part (from a .docx), so OOXML inserted later shows its paragraphs'
   * style names as Word would; styles an inserted package defines and the document lacks are added.
   */
  stylesXml?: XmlElement | null;
  /** `Document.changeTrackingMode` (WordApi 1.4): "Off", "TrackAll" or "TrackMineOnly". */
  changeTrackingMode?: 'Off' | 'TrackAll' | 'TrackMineOnly';
  /**
   * What was written while tracking was on, as Word would mark it: one entry per write call
   * (`insertOoxml`, `insertParagraph`, `text`, …). Word marks such a write as a tracked change,
   * and `insertOoxml` may mark untouched text as deleted and re-inserted (office-js #334).
   */
  trackedWrites?: string[];
}

/** Pseudo-GUIDs in Word's style ("{XXXXXXXX-...}"), deterministic so test output is stable. */
export function fakeGuid(kind: number, n: number): string {
  const hex = (v: number, width: number) => v.toString(16).toUpperCase().padStart(width, '0');
  return `{${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}}`;
}

export function emptyFakeProperties(): FakeDocumentProperties {
  return {
    title: '',
    subject: '',
    author: '',
    lastAuthor: '',
    keywords: '',
    comments: '',
    category: '',
    company: '',
    manager: '',
    creationDate: null,
    lastSaveTime: null,
    customProperties: [],
  };
}

/** A paragraph as Word shows one in the Normal style; override what a test needs. */
export function fakeParagraph(text: string, overrides: Partial<FakeParagraph> = {}): FakeParagraph {
  return {
    text,
    style: 'Normal',
    styleBuiltIn: 'Normal',
    outlineLevel: 10,
    bold: false,
    italic: false,
    list: null,
    tableNestingLevel: 0,
    cell: null,
    uniqueLocalId: '',
    ...overrides,
  };
}

/**
 * A document for hand-written tests. Paragraphs without a `uniqueLocalId` get one, as Word gives
 * every paragraph one.
 */
export function fakeDocument(parts: Partial<FakeWordDocument> = {}): FakeWordDocument {
  const doc: FakeWordDocument = {
    paragraphs: [],
    lists: [],
    tables: [],
    contentControls: [],
    comments: [],
    customXmlParts: [],
    inlinePictures: [],
    properties: emptyFakeProperties(),
    ...parts,
  };
  doc.paragraphs.forEach((p, i) => {
    if (p.uniqueLocalId === '') p.uniqueLocalId = fakeGuid(0xa1, i + 1);
  });
  return doc;
}

/** The span of whole paragraphs first..last, paragraph marks included. */
export function paragraphSpan(doc: FakeWordDocument, first: number, last = first): FakeSpan {
  const lastText = doc.paragraphs[last]?.text ?? '';
  return { start: { paragraph: first, offset: 0 }, end: { paragraph: last, offset: lastText.length + 1 } };
}
