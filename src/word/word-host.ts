import { ReportError } from '../core/errors';
import type { ProgressListener, ReportHost } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import { readWordDocument } from './read-word-document';
import { snapshotFromWord } from './snapshot-from-word';
import { detectWordFeatures } from './word-features';
import { isOfficeError, wordReadError } from './word-errors';

/**
 * The Office.js host: reads the document open in Word in one `Word.run` and two syncs (see
 * `read-word-document.ts`), then maps it in `snapshot-from-word.ts`.
 */
export class WordReportHost implements ReportHost {
  readonly kind = 'word' as const;
  constructor(readonly name = 'This document') {}

  async readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot> {
    if (typeof Word === 'undefined') {
      throw new ReportError(
        'word-not-available',
        'Council Report can only read the open document from inside Word. Open the report in Word and start ' +
          'Council Report from the ribbon.',
      );
    }
    const { features, warnings } = detectWordFeatures();
    try {
      const readout = await Word.run((context) => readWordDocument(context, features, warnings, onProgress));
      const snapshot = snapshotFromWord(readout);
      onProgress?.(1, 'Report read');
      return snapshot;
    } catch (error) {
      if (isOfficeError(error)) throw wordReadError(error);
      throw error;
    }
  }
}
