/**
 * The report's state as the domain sees it: the template it follows, its live regions, and what
 * the consultation keeps. It travels in the document's state part (urn:council-report:v1): the
 * hosts read it into this shape when they read the snapshot, and write it from this shape, both
 * through `ooxml/custom-xml-part.ts`.
 */
import { ReportError } from '../errors';
import type { ConsultationRecord } from './consultation-record';
import type { LiveRegionSpec } from './region-spec';

/**
 * An element a newer version of Council Report wrote in the state part, which this version does
 * not know: opaque here, kept exactly as read and written back unchanged, so an older add-in
 * saving a newer file does not drop the newer version's data.
 */
export type NewerVersionElement = string;

export interface ReportState {
  templateId: string | null;
  regions: LiveRegionSpec[];
  /** What the consultation keeps; null when the report has no consultation data yet. */
  consultation: ConsultationRecord | null;
  /** Elements a newer version wrote beside these, in order (see `NewerVersionElement`). */
  newerElements: NewerVersionElement[];
}

export function emptyReportState(): ReportState {
  return { templateId: null, regions: [], consultation: null, newerElements: [] };
}

/** The report's state as its host read it from the document, carried in the snapshot. */
export interface DocumentState {
  state: ReportState;
  /** Problems met reading it, in plain words (records skipped, a part that cannot be read). */
  warnings: string[];
  /** The state part's id in the document; null when the report has none yet. */
  partId: string | null;
  /**
   * True when the report has a state part that cannot be read at all: `state` is then empty and
   * `warnings` says why. It is read as empty (the check and the views go on) but never written
   * over: see `stateToChange`.
   */
  damaged: boolean;
}

/** A report with no state part yet. */
export function noDocumentState(): DocumentState {
  return { state: emptyReportState(), warnings: [], partId: null, damaged: false };
}

/**
 * The state a change starts from. Refuses when the report's state part is damaged: writing the
 * change would replace the part, and every live region's record and consultation decision in it,
 * with an empty state.
 */
export function stateToChange(stored: DocumentState): ReportState {
  if (stored.damaged) {
    throw new ReportError(
      'state-unreadable',
      `${stored.warnings.join(' ')} Nothing was changed, so the saved data is not overwritten: ` +
        'ask whoever supports Council Report to repair it, then try again.',
      stored.partId,
    );
  }
  return stored.state;
}
