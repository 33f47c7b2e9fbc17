/**
 * What the Word host reads from Word, as plain data: the values of the loaded proxies, copied out
 * after the last sync. Mapping this to a ReportSnapshot is pure (see `snapshot-from-word.ts`), so
 * the mapping is testable without Word and without the fake.
 */
import type { ReadWarning } from '../../core/report/snapshot';

export interface WordParagraphData {
  /** `Paragraph.text`: tabs "\t", manual line breaks "\v"; tracked deletions may be in it (#1267). */
  text: string;
  /**
   * `getReviewedText('Current')` where it differs from `text` (tracked deletions gone); null when
   * it is the same or was not read. `text` stays what ranges give, to match paragraphs by.
   */
  reviewedText: string | null;
  /** Localized style name. */
  style: string;
  /** `Word.BuiltInStyleName` value, "Other" for custom styles. */
  styleBuiltIn: string;
  /** 1..9, 10 for body text. */
  outlineLevel: number;
  /** `font.bold`: null when the paragraph mixes bold and not bold. */
  bold: boolean | null;
  /** Whether every word with visible text is bold (spacing aside); null when not known. */
  visibleTextBold: boolean | null;
  list: { listId: number; level: number; listString: string; levelTypes: string[] } | null;
  tableNestingLevel: number;
  cell: { rowIndex: number; cellIndex: number } | null;
  /** Null when WordApi 1.6 is not available. */
  uniqueLocalId: string | null;
}

export interface WordTableData {
  values: string[][];
  rowCount: number;
  headerRowCount: number;
  /** 1 for a table in the body. */
  nestingLevel: number;
  /** The table's `getOoxml()`; null when Word did not give it or it was not asked for. */
  ooxml: string | null;
  /**
   * True when the OOXML was not asked for: the values show the table has no merged cell, so its
   * layout is the values' (one column per cell, header rows as Word counts them).
   */
  layoutFromValues?: boolean;
}

/** A paragraph found through a range: what we can match against the body's paragraphs. */
export interface WordParagraphRef {
  text: string;
  uniqueLocalId: string | null;
  /**
   * The text of the paragraph after it, when it was read (a content control's first paragraph
   * and a picture's paragraph before WordApi 1.6): tells apart paragraphs with the same text, such as the empty lead
   * paragraph every live table and chart region starts with.
   */
  nextText?: string | null;
  /** The text of the paragraph before it, when it was read (a content control's last paragraph before WordApi 1.6). */
  previousText?: string | null;
}

export interface WordContentControlData {
  id: number;
  tag: string;
  title: string;
  type: string;
  subtype: string;
  text: string;
  first: WordParagraphRef | null;
  last: WordParagraphRef | null;
  /** The control's range compared with its first paragraph's (Word.LocationRelation). */
  relationToFirstParagraph: string | null;
}

export interface WordCommentReplyData {
  id: string;
  authorName: string;
  authorEmail: string;
  content: string;
  creationDate: Date | string | null;
}

export interface WordCommentData extends WordCommentReplyData {
  resolved: boolean;
  replies: WordCommentReplyData[];
  anchorText: string;
  anchorFirst: WordParagraphRef | null;
}

export interface WordCustomXmlPartData {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface WordPictureData {
  altTextDescription: string;
  altTextTitle: string;
  paragraph: WordParagraphRef | null;
}

export interface WordPropertiesData {
  title: string;
  subject: string;
  author: string;
  lastAuthor: string;
  keywords: string;
  comments: string;
  creationDate: Date | string | null;
  lastSaveTime: Date | string | null;
  custom: { key: string; value: unknown }[];
}

export interface WordReadout {
  paragraphs: WordParagraphData[];
  tables: WordTableData[];
  contentControls: WordContentControlData[];
  comments: WordCommentData[];
  customXmlParts: WordCustomXmlPartData[];
  pictures: WordPictureData[];
  properties: WordPropertiesData;
  /** `Document.changeTrackingMode`; null when Word lacks WordApi 1.4. */
  changeTracking: 'Off' | 'TrackAll' | 'TrackMineOnly' | null;
  /** How comments, controls and pictures are placed on paragraphs. */
  locateBy: 'uniqueLocalId' | 'text';
  /** Features this Word lacks, already explained for the user. */
  warnings: ReadWarning[];
}
