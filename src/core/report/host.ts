import type { RegionContent } from '../content/blocks';
import type { ReportState } from '../state/report-state';
import type { ReportSnapshot } from './snapshot';

/** Progress of long work, as a fraction 0..1 and a short phrase for the user. */
export type ProgressListener = (fraction: number, stage: string) => void;

/**
 * A paragraph the host must find before changing the document: its index in the snapshot and its
 * text then. The document may have changed since it was read; a host refuses to act when the
 * paragraph at that index no longer has that text (`ReportError('report-changed')`).
 */
export interface ParagraphAnchor {
  paragraph: number;
  text: string;
}

/** A paragraph to write. */
export interface ParagraphToWrite {
  text: string;
  /** A `Word.BuiltInStyleName` value ("Heading1", "Normal"): language-neutral, unlike style names. */
  styleBuiltIn: string;
  /** Bold set on the whole paragraph (headings written as bold Normal text); null keeps the style's. */
  bold: boolean | null;
}

/** A paragraph to wrap in a content control that stops it being deleted by accident. */
export interface ParagraphToProtect extends ParagraphAnchor {
  /** Content-control tag, e.g. "cr:heading:risk". */
  tag: string;
  /** Shown by Word on the control, e.g. the section title. */
  title: string;
}

export interface ProtectionOutcome {
  /** Paragraphs wrapped now. */
  protectedNow: number;
  /** Paragraphs already wrapped in a control with their tag: left alone. */
  alreadyProtected: number;
}

/** Where a new live region goes: next to a paragraph checked by its text, or at the cursor. */
export type RegionPlace =
  | { anchor: ParagraphAnchor; location: 'Before' | 'After' }
  /** Word: the current selection. The .docx host has no cursor: the end of the body. */
  | { atSelection: true };

/**
 * One change to the document's live regions. Live regions are rich-text block content controls
 * tagged `cr:live:<id>`; `tag` is that whole tag. `content` is neutral blocks: each host renders
 * them to its document's markup (the same ooxml renderer for both).
 */
export type RegionWrite =
  | { kind: 'insert'; tag: string; title: string; place: RegionPlace; content: RegionContent }
  | { kind: 'replace'; tag: string; content: RegionContent }
  /** Removes the control; with `keepContent` its content stays as plain document text. */
  | { kind: 'remove'; tag: string; keepContent: boolean };

/**
 * A comment the host must find before changing it: its id in the snapshot, and its author and
 * text then. A host refuses to act (`ReportError('report-changed')`) when the comment is gone or
 * its text has changed.
 */
export interface CommentRef {
  id: string;
  author: string;
  text: string;
}

/** One change to the consultation's comment threads (see `writeConsultation`). */
export type CommentAction =
  /**
   * Adds a reply to the thread. Word writes it as the signed-in user; a .docx has no user, so
   * `author` and `initials` say who the reply is from there.
   */
  | { kind: 'reply'; comment: CommentRef; text: string; author: string; initials: string }
  /** Marks the thread resolved (done). */
  | { kind: 'resolve'; comment: CommentRef };

/** A reply Word would not post: its text, for the officer to paste into the thread themselves. */
export interface UnpostedReply {
  comment: CommentRef;
  text: string;
}

/** What a consultation write could not do while still recording everything else. */
/** A region written in the batch that does not read back as it was sent. */
export interface RegionNotAsWritten {
  tag: string;
  /** The control's title for a new region, else its tag. */
  name: string;
}

/**
 * What a region write did. The whole batch and the state part were written; `notAsWritten` lists
 * regions Word wrote differently (insertOoxml dropping a table row, office-js #6752, or writing a
 * refresh twice): their text no longer matches their recorded values, so the next check reports
 * them as edited by hand. Always empty from the .docx host, which writes the package itself.
 */
export interface RegionWriteOutcome {
  notAsWritten: RegionNotAsWritten[];
}

export interface ConsultationWriteOutcome {
  /**
   * Replies Word refused (Comment.reply fails on Word on the web: office-js #6720). The
   * dispositions, resolutions and the state part were still written.
   */
  unpostedReplies: UnpostedReply[];
}

/**
 * ReportHost: the only door to a document. Two implementations must behave the same:
 * the .docx package host (src/docx) and the Office.js host (src/word).
 * Live regions, the report's state (its urn:council-report:v1 custom XML part, which the host
 * parses into `reportState`) and comments are read through the snapshot (`contentControls`,
 * `reportState`, `comments`) and written below.
 *
 * The writing methods are optional: a host that cannot do one leaves it out, and the use cases say
 * so in plain words. (The .docx host has no selection of its own: its selectParagraph checks the
 * anchor and hands the paragraph to whoever shows the document, e.g. the workspace's preview.)
 */
export interface ReportHost {
  readonly kind: 'docx' | 'word';
  /** Name shown to the user: the file name, or the Word document's title. */
  readonly name: string;
  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot>;
  /**
   * Whether what the product writes (sections, live data) is written as tracked changes when the
   * document has Track Changes on (`ReportSnapshot.trackChanges`). Word's default is yes; false
   * writes with tracking switched off for the change and back on after it, in the same batch.
   * A host without tracking ignores it.
   */
  trackWrites?: boolean;
  /** Whether Track Changes is on now (one small read), so the pane can ask before writing. */
  readTrackChanges?(): Promise<boolean>;
  /** Selects the paragraph (and scrolls to it) after checking it still has the expected text. */
  selectParagraph?(anchor: ParagraphAnchor): Promise<void>;
  /** Writes paragraphs, in order, just before or just after the anchor paragraph, all or none. */
  insertParagraphs?(
    anchor: ParagraphAnchor,
    location: 'Before' | 'After',
    paragraphs: ParagraphToWrite[],
  ): Promise<void>;
  /** Wraps each paragraph in a content control that cannot be deleted; skips those already wrapped. */
  protectParagraphs?(paragraphs: ParagraphToProtect[]): Promise<ProtectionOutcome>;
  /** Removes the controls whose tag starts with `tagPrefix`, keeping their text; returns how many. */
  unprotectParagraphs?(tagPrefix: string): Promise<number>;
  /**
   * Applies every region change and, unless `state` is null, replaces the report's state part (the
   * urn:council-report:v1 custom XML part, created when absent) with `state`, which the host
   * writes as XML once: all in one batch, all or none, so a failure leaves the document exactly as
   * it was. The Word host does it in a fixed number of syncs whatever the number of regions.
   * A region the host wrote but that does not read back as sent is not a failure (the change was
   * made): it comes back in `notAsWritten`, for the officer to look at.
   */
  writeRegions?(writes: RegionWrite[], state: ReportState | null): Promise<RegionWriteOutcome>;
  /**
   * Applies the comment replies and resolutions and, unless `state` is null, replaces the report's
   * state part with `state` (dispositions, partner directory): in one batch, a fixed number of
   * syncs in Word whatever the number of comments. A reply Word refuses does not stop the rest: it
   * comes back in `unpostedReplies` with its text; anything else failing is all or none.
   */
  writeConsultation?(actions: CommentAction[], state: ReportState | null): Promise<ConsultationWriteOutcome>;
}
