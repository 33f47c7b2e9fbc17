/**
 * ReportHost over a .docx file's bytes: the CLI, the browser workspace and tests use it. It takes
 * bytes, not a path, so it runs wherever the core runs (no file system here).
 *
 * Writes go through a DocxEditor opened on the current bytes and saved at the end: an error before
 * the save leaves the bytes exactly as they were (all or none), and a successful change replaces
 * them and forgets the snapshot, so the next read sees the change. `bytes` is what to save.
 */
import type { ProgressListener, ReportHost } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import { DocxEditor } from './docx-editor';
import { readDocx } from './read-docx';

export class DocxReportHost implements ReportHost {
  readonly kind = 'docx' as const;
  private snapshot: ReportSnapshot | null = null;
  private current: Uint8Array;

  constructor(
    bytes: Uint8Array,
    /** The file name, shown to the user and named in error messages. */
    readonly name: string,
  ) {
    this.current = bytes;
  }

  /** The document as it is now, with every change made through this host. */
  get bytes(): Uint8Array {
    return this.current;
  }

  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot> {
    try {
      if (!this.snapshot) {
        onProgress?.(0, 'Reading the report');
        this.snapshot = readDocx(this.current, this.name);
      }
      onProgress?.(1, 'Report read');
      return Promise.resolve(this.snapshot);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Runs `change` on an editor over the current bytes and keeps the result only if it completes.
   * Write methods (live regions, sections, comments) are built on this.
   */
  protected edit<T>(change: (editor: DocxEditor) => T): T {
    const editor = DocxEditor.open(this.current, this.name);
    const result = change(editor);
    this.current = editor.save();
    this.snapshot = null;
    return result;
  }
}
