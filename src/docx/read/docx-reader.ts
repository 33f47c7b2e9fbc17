/**
 * The read-only half of the .docx host: a ReportHost over a .docx file's bytes that only reads.
 * A check needs nothing more, so `council-report check` loads this and not the editing machinery
 * (DocxEditor and the writers), which DocxReportHost (docx-host.ts) adds on top.
 */
import type { ProgressListener, ReportHost } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { PackageOptions } from './package';
import { readDocx } from './read-docx';

export class DocxReportReader implements ReportHost {
  readonly kind = 'docx' as const;
  protected snapshot: ReportSnapshot | null = null;
  protected current: Uint8Array;

  constructor(
    bytes: Uint8Array,
    /** The file name, shown to the user and named in error messages. */
    readonly name: string,
    /** How to unzip (the CLI passes Node's zlib); the default works everywhere. */
    private readonly packageOptions: PackageOptions = {},
  ) {
    this.current = bytes;
  }

  /** The document as it is now, with every change made through this host. */
  get bytes(): Uint8Array {
    return this.current;
  }

  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot> {
    try {
      if (!this.snapshot) onProgress?.(0, 'Reading the report');
      const snapshot = this.snapshotNow();
      onProgress?.(1, 'Report read');
      return Promise.resolve(snapshot);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * The snapshot of the bytes as they are at this moment. Writes take it inside their edit, never
   * from an earlier `await`: two writes started together must each see what the other wrote.
   */
  protected snapshotNow(): ReportSnapshot {
    this.snapshot ??= readDocx(this.current, this.name, this.packageOptions);
    return this.snapshot;
  }
}
