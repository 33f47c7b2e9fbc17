import type { ReportSnapshot } from './snapshot';

/** Progress of long work, as a fraction 0..1 and a short phrase for the user. */
export type ProgressListener = (fraction: number, stage: string) => void;

/**
 * ReportHost: the only door to a document. Two implementations must behave the same:
 * the .docx package host (src/docx) and the Office.js host (src/word).
 * Later issues add writing live regions, comments and the custom XML part.
 */
export interface ReportHost {
  readonly kind: 'docx' | 'word';
  /** Name shown to the user: the file name, or the Word document's title. */
  readonly name: string;
  readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot>;
}
