/**
 * ReportHost over a .docx file's bytes: the CLI, the browser workspace and tests use it. It takes
 * bytes, not a path, so it runs wherever the core runs (no file system here). Reading is
 * DocxReportReader's (docx-reader.ts), which a check uses alone.
 *
 * Writes go through a DocxEditor opened on the current bytes and saved at the end: an error before
 * the save leaves the bytes exactly as they were (all or none), and a successful change replaces
 * them and forgets the snapshot, so the next read sees the change. `bytes` is what to save.
 */
import type {
  CommentAction,
  ConsultationWriteOutcome,
  ParagraphAnchor,
  ParagraphToProtect,
  ParagraphToWrite,
  ProtectionOutcome,
  RegionWrite,
  RegionWriteOutcome,
  ReportHost,
} from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import type { ReportState } from '../core/state/report-state';
import { writeConsultationInDocx } from './write/comment-writes';
import { DocxEditor } from './write/docx-editor';
import { unchangedAfter } from './docx-write-failure';
import { writeRegionsInDocx } from './write/region-writes';
import {
  insertParagraphsInDocx,
  protectParagraphsInDocx,
  unprotectParagraphsInDocx,
  verifyAnchor,
} from './write/paragraph-writes';
import { DocxReportReader } from './read/docx-reader';

export class DocxReportHost extends DocxReportReader implements ReportHost {
  constructor(
    bytes: Uint8Array,
    /** The file name, shown to the user and named in error messages. */
    name: string,
    /** The workspace shows a selected paragraph (a .docx has no selection of its own). */
    private readonly options: { onSelect?: (paragraph: number) => void } = {},
  ) {
    super(bytes, name);
  }

  /**
   * Runs `change` on an editor over the current bytes and keeps the result only if it completes.
   * Write methods (live regions, sections, comments) are built on this. It runs in a later
   * microtask, so a write never throws synchronously: every failure is a rejected promise.
   */
  protected edit<T>(change: (editor: DocxEditor, snapshot: ReportSnapshot) => T): Promise<T> {
    return Promise.resolve().then(() => {
      let saved: Uint8Array;
      let result: T;
      try {
        const editor = DocxEditor.open(this.current, this.name);
        result = change(editor, this.snapshotNow());
        saved = editor.save();
      } catch (error) {
        // Nothing is kept until the save succeeds: say so, in a typed error (see docx-write-failure.ts).
        throw unchangedAfter(error, this.name);
      }
      this.current = saved;
      this.snapshot = null;
      return result;
    });
  }

  /** Live regions and the state part in one edit, all or none (see region-writes.ts). */
  writeRegions(writes: RegionWrite[], state: ReportState | null): Promise<RegionWriteOutcome> {
    return this.edit((editor, snapshot) => {
      writeRegionsInDocx(editor, snapshot, writes, state);
      return { notAsWritten: [] };
    });
  }

  /** Replies, resolutions and the state part in one edit (see comment-writes.ts). */
  async writeConsultation(
    actions: CommentAction[],
    state: ReportState | null,
  ): Promise<ConsultationWriteOutcome> {
    await this.edit((editor, snapshot) => writeConsultationInDocx(editor, snapshot, actions, state));
    // A .docx takes every reply.
    return { unpostedReplies: [] };
  }

  /** Paragraph changes (`paragraph-writes.ts`): checked against the document, all or none. */
  async selectParagraph(anchor: ParagraphAnchor): Promise<void> {
    verifyAnchor(await this.readSnapshot(), anchor);
    this.options.onSelect?.(anchor.paragraph);
  }

  insertParagraphs(
    anchor: ParagraphAnchor,
    location: 'Before' | 'After',
    paragraphs: ParagraphToWrite[],
  ): Promise<void> {
    return this.edit((editor, snapshot) =>
      insertParagraphsInDocx(editor, snapshot, anchor, location, paragraphs),
    );
  }

  protectParagraphs(paragraphs: ParagraphToProtect[]): Promise<ProtectionOutcome> {
    return this.edit((editor, snapshot) => protectParagraphsInDocx(editor, snapshot, paragraphs));
  }

  unprotectParagraphs(tagPrefix: string): Promise<number> {
    return this.edit((editor) => unprotectParagraphsInDocx(editor, tagPrefix));
  }
}
