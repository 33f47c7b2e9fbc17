/**
 * ReportSnapshot: the document as the domain sees it.
 *
 * Both hosts (the .docx package reader and the Office.js host) produce this shape, and every rule
 * in core/ works on it alone: rules never see XML or Office.js proxies.
 *
 * Paragraph indices follow Word's `body.paragraphs` order: every paragraph of the main story in
 * document order, including the paragraphs inside table cells and content controls. That makes an
 * index usable by the Word host to select the paragraph a finding is about.
 */
import type { DocumentState } from '../state/report-state';

export interface ReportSnapshot {
  /** Every paragraph of the main story, in document order (see the note above). */
  paragraphs: Paragraph[];
  tables: Table[];
  contentControls: ContentControl[];
  /** Top-level comment threads; replies are nested in each thread. */
  comments: CommentThread[];
  customXmlParts: CustomXmlPart[];
  /**
   * The report's own state (template, live regions, consultation), read by the host from its
   * state part, the urn:council-report:v1 one of `customXmlParts`.
   */
  reportState: DocumentState;
  pictures: Picture[];
  properties: DocumentProperties;
  /** Oddities met while reading that did not stop the read. */
  warnings: ReadWarning[];
  /**
   * Whether Track Changes is on (Word's change-tracking mode, a .docx's w:trackRevisions), so a
   * write can ask whether to be tracked; absent when the host cannot tell.
   */
  trackChanges?: boolean;
  /**
   * True when the reader sees fields, so a paragraph without `seq` has no SEQ field: a "Figure 1:"
   * there is typed. Absent when the host cannot tell (Word's reader does not read fields yet).
   */
  fieldsRead?: boolean;
}

/** A SEQ field (a Word caption's number): its sequence ("Figure", "Table") and its \r value, if any. */
export interface SeqField {
  sequence: string;
  /** `\r N`: the field shows N and the fields after it count on from N. */
  reset: number | null;
}

export interface Paragraph {
  /** 0-based position in `ReportSnapshot.paragraphs`. */
  index: number;
  /** Visible text: runs concatenated, tabs as "\t", breaks as "\n"; deleted revisions excluded. */
  text: string;
  styleId: string | null;
  styleName: string | null;
  /** 1..9 for headings (from the style's or paragraph's outline level); null for body text. */
  headingLevel: number | null;
  /** True when every run with visible text is bold (headings written as bold Normal paragraphs). */
  boldOnly: boolean;
  /** Set when Word numbering (w:numPr, direct or from the style) applies to the paragraph. */
  list: ListNumber | null;
  /** Set when the paragraph sits inside a table cell. */
  cell: CellRef | null;
  /** The paragraph's first SEQ field, when the reader reads fields (`fieldsRead`). */
  seq?: SeqField;
}

export interface ListNumber {
  numId: string;
  /** 0-based list level (w:ilvl). */
  level: number;
  /** The label Word would display, e.g. "1.4", "a)", "•"; "" for a level with no text. */
  label: string;
  /** True for bullet formats, where the label is not a number. */
  bullet: boolean;
}

export interface CellRef {
  table: number;
  row: number;
  cell: number;
}

export interface Table {
  /** 0-based position among the snapshot's tables. */
  index: number;
  /** Index of the first and last paragraph inside the table. */
  firstParagraph: number;
  lastParagraph: number;
  /** Nesting depth: 0 for a table in the body, 1 for a table inside a table cell, ... */
  depth: number;
  rows: TableRow[];
}

export interface TableRow {
  /** Marked as a header row that repeats on each page (w:tblHeader). */
  header: boolean;
  cells: TableCell[];
}

export interface TableCell {
  text: string;
  /** Number of grid columns the cell spans (w:gridSpan), 1 when not merged. */
  gridSpan: number;
  /** Vertical merge: "restart" starts a merged block, "continue" is covered by the cell above. */
  vMerge: 'restart' | 'continue' | null;
  paragraphs: number[];
}

export interface ContentControl {
  /** w:id / Word's control id, as a string; null when the file has none. */
  id: string | null;
  tag: string | null;
  title: string | null;
  kind: 'richText' | 'plainText' | 'picture' | 'checkBox' | 'comboBox' | 'dropDownList' | 'date' | 'other';
  /** Paragraphs the control covers (inclusive); a control inside one paragraph has first === last. */
  firstParagraph: number;
  lastParagraph: number;
  /** True when the control sits inside a paragraph rather than around whole paragraphs. */
  inline: boolean;
  text: string;
}

export interface Comment {
  id: string;
  author: string;
  initials: string | null;
  /**
   * The author's email when known: Word's `authorEmail` (signed-in authors), or word/people.xml
   * in a .docx (w15:presenceInfo of an Active Directory or Microsoft account). Absent otherwise.
   */
  email?: string;
  /** ISO 8601 as written in the file or returned by Word; null when absent. */
  date: string | null;
  text: string;
  resolved: boolean;
  /**
   * Id that survives saving (w16cid:durableId in a .docx from Word 2019 or later), unlike `id`,
   * which Word may renumber; absent when the file or host has none.
   */
  durableId?: string;
}

export interface CommentThread extends Comment {
  /** Paragraph where the comment's anchor starts; null when the anchor was not found in the body. */
  anchorParagraph: number | null;
  /** Text the comment is anchored to (may span paragraphs, joined with "\n"). */
  anchorText: string;
  replies: Comment[];
}

export interface CustomXmlPart {
  /** Part name in the package (docx) or Word's part id. */
  id: string;
  /** Namespace of the root element; "" when it has none. */
  namespaceUri: string;
  xml: string;
}

export interface Picture {
  /** Paragraph holding the picture. */
  paragraph: number;
  name: string | null;
  /** Alternative text (descr); "" when empty; null when the attribute is absent. */
  altText: string | null;
  /** Alt-text title, when set. */
  title: string | null;
  /** Marked decorative (adec:decorative), so it needs no alt text. */
  decorative: boolean;
}

export interface DocumentProperties {
  title: string | null;
  subject: string | null;
  author: string | null;
  lastModifiedBy: string | null;
  created: string | null;
  modified: string | null;
  keywords: string | null;
  description: string | null;
  /** Custom document properties, values as text. */
  custom: Record<string, string>;
}

export interface ReadWarning {
  /** Part of the package or area of the document, e.g. "word/numbering.xml". */
  where: string;
  message: string;
}

export function emptyProperties(): DocumentProperties {
  return {
    title: null,
    subject: null,
    author: null,
    lastModifiedBy: null,
    created: null,
    modified: null,
    keywords: null,
    description: null,
    custom: {},
  };
}
