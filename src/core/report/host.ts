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

/**
 * ReportHost: the only door to a document. Two implementations must behave the same:
 * the .docx package host (src/docx) and the Office.js host (src/word).
 * Later issues add writing live regions, comments and the custom XML part.
 *
 * The writing methods are optional: a host that cannot do one (the .docx host has no selection and
 * does not write yet) leaves it out, and the use cases say so in plain words.
 */
export interface ReportHost {
  readonly kind: 'docx' | 'word';
  /** Name shown to the user: the file name, or the Word document's title. */
  readonly name: string;
  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot>;
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
}
