import { ReportError } from '../core/errors';
import type {
  CommentAction,
  ConsultationWriteOutcome,
  ParagraphAnchor,
  ParagraphToProtect,
  ParagraphToWrite,
  ProgressListener,
  ProtectionOutcome,
  RegionWrite,
  RegionWriteOutcome,
  ReportHost,
} from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import type { ReportState } from '../core/state/report-state';
import { buildReportStatePart } from '../ooxml/custom-xml-part';
import { writeConsultationInWord } from './write/comment-writes';
import { readWordDocument, type ReadOptions } from './read/read-word-document';
import type { WordReadout } from './read/word-readout';
import { writeRegionsInWord } from './write/region-writes';
import { snapshotFromWord } from './read/snapshot-from-word';
import { detectWordFeatures } from './read/word-features';
import { isOfficeError, wordReadError, wordWriteError, WordWriteFailure } from './word-errors';
import {
  insertParagraphsInWord,
  protectParagraphsInWord,
  runWordChange,
  selectParagraphInWord,
  unprotectParagraphsInWord,
} from './write/word-writes';

const CONTROLS_NOT_READ = {
  where: 'Word: content controls',
  message:
    'Word could not list the content controls in this report (it holds a kind, such as a date picker, that ' +
    'Word does not let add-ins read), so live regions and protected headings were not checked. The rest of ' +
    'the report was checked.',
} as const;

function notInWord(): ReportError {
  return new ReportError(
    'word-not-available',
    'Council Report can only read the open document from inside Word. Open the report in Word and start ' +
      'Council Report from the ribbon.',
  );
}

/**
 * One change in one `Word.run` (a second, fresh one only to recover from a failed write), with
 * Word's failures said in the officer's words.
 */
async function changeInWord<T>(
  action: string,
  batch: (context: Word.RequestContext) => Promise<T>,
): Promise<T> {
  if (typeof Word === 'undefined') throw notInWord();
  try {
    return await runWordChange((b) => Word.run(b), batch);
  } catch (error) {
    if (error instanceof WordWriteFailure) throw wordWriteError(error.office, action, error.documentChanged);
    if (isOfficeError(error)) throw wordWriteError(error, action);
    throw error;
  }
}

/**
 * The Office.js host: reads the document open in Word in one `Word.run` and two syncs (see
 * `read-word-document.ts`), then maps it in `snapshot-from-word.ts`. Each change (select, insert,
 * protect) is one `Word.run` of two syncs, refused before any write if the report has changed
 * (see `word-writes.ts`).
 */
export class WordReportHost implements ReportHost {
  readonly kind = 'word' as const;
  /** See ReportHost.trackWrites: the officer's choice, asked when Track Changes is on. */
  trackWrites = true;
  constructor(readonly name = 'This document') {}

  async readSnapshot(onProgress?: ProgressListener): Promise<ReportSnapshot> {
    if (typeof Word === 'undefined') throw notInWord();
    const { features, warnings } = detectWordFeatures();
    const read = (options: ReadOptions) =>
      Word.run((context) => readWordDocument(context, features, warnings, onProgress, options));
    try {
      let readout: WordReadout;
      try {
        readout = await read({});
      } catch (error) {
        // Some Words refuse to list content controls when the report holds a kind the API does not
        // support (date picker, building-block gallery, group, repeating section: office-js #1382,
        // #3607). Read the rest rather than nothing, and say what was left out.
        if (!isOfficeError(error) || error.code !== 'NotImplemented') throw error;
        readout = await read({ withoutContentControls: true });
        readout.warnings.push(CONTROLS_NOT_READ);
      }
      const snapshot = snapshotFromWord(readout);
      onProgress?.(1, 'Report read');
      return snapshot;
    } catch (error) {
      if (isOfficeError(error)) throw wordReadError(error);
      throw error;
    }
  }

  /** `Document.changeTrackingMode` (WordApi 1.4): one sync of its own, outside any change. */
  async readTrackChanges(): Promise<boolean> {
    if (typeof Word === 'undefined') throw notInWord();
    try {
      return await Word.run(async (context) => {
        const document = context.document.load('changeTrackingMode');
        await context.sync();
        return (document.changeTrackingMode as string) !== 'Off';
      });
    } catch (error) {
      if (isOfficeError(error)) throw wordReadError(error);
      throw error;
    }
  }

  selectParagraph(anchor: ParagraphAnchor): Promise<void> {
    return changeInWord('go to that paragraph', (context) => selectParagraphInWord(context, anchor));
  }

  insertParagraphs(
    anchor: ParagraphAnchor,
    location: 'Before' | 'After',
    paragraphs: ParagraphToWrite[],
  ): Promise<void> {
    return changeInWord('add the section', (context) =>
      insertParagraphsInWord(context, anchor, location, paragraphs, this.trackWrites),
    );
  }

  protectParagraphs(paragraphs: ParagraphToProtect[]): Promise<ProtectionOutcome> {
    return changeInWord('protect the section headings', (context) =>
      protectParagraphsInWord(context, paragraphs),
    );
  }

  unprotectParagraphs(tagPrefix: string): Promise<number> {
    return changeInWord('remove the protection from the section headings', (context) =>
      unprotectParagraphsInWord(context, tagPrefix),
    );
  }

  /**
   * Replies, resolutions and the state part: one `Word.run` of two syncs (see `comment-writes.ts`);
   * a reply Word refuses comes back unposted, with its text, and the rest is still written.
   */
  async writeConsultation(
    actions: CommentAction[],
    state: ReportState | null,
  ): Promise<ConsultationWriteOutcome> {
    const stateXml = statePartXml(state);
    const action = actions.some((a) => a.kind === 'reply')
      ? 'post the reply to the comment'
      : actions.length > 0
        ? 'mark the comment resolved'
        : 'save the consultation details';
    return changeInWord(action, (context) => writeConsultationInWord(context, actions, stateXml));
  }

  /** Live regions and the state part: one `Word.run` of two syncs (see `region-writes.ts`). */
  async writeRegions(writes: RegionWrite[], state: ReportState | null): Promise<RegionWriteOutcome> {
    const stateXml = statePartXml(state);
    const action = writes.some((write) => write.kind === 'insert')
      ? 'insert the live data'
      : 'update the live data';
    return changeInWord(action, (context) => writeRegionsInWord(context, writes, stateXml, this.trackWrites));
  }
}

/**
 * The state part's XML, made once, before anything is sent to Word: state too large for Word on
 * the web is refused with the document untouched. The .docx host writes the same XML.
 */
function statePartXml(state: ReportState | null): string | null {
  return state === null ? null : buildReportStatePart(state);
}
