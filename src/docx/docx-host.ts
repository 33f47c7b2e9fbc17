/**
 * ReportHost over a .docx file's bytes: the CLI, the browser workspace and tests use it. It takes
 * bytes, not a path, so it runs wherever the core runs (no file system here).
 */
import type { ProgressListener, ReportHost } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import { readDocx } from './read-docx';

export class DocxReportHost implements ReportHost {
  readonly kind = 'docx' as const;
  private snapshot: ReportSnapshot | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    /** The file name, shown to the user and named in error messages. */
    readonly name: string,
  ) {}

  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot> {
    try {
      if (!this.snapshot) {
        onProgress?.(0, 'Reading the report');
        this.snapshot = readDocx(this.bytes, this.name);
      }
      onProgress?.(1, 'Report read');
      return Promise.resolve(this.snapshot);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
