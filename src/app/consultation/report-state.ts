/**
 * The report's state as the consultation needs it: the whole state (so writing the consultation
 * back keeps the template id and the live regions as they are) and the consultation record inside
 * it, both as the host read them into the snapshot.
 */
import type { ConsultationRecord, DispositionRecord } from '../../core/state/consultation-record';
import { emptyConsultationRecord } from '../../core/state/consultation-record';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { ReportState } from '../../core/state/report-state';

export interface ConsultationState {
  state: ReportState;
  record: ConsultationRecord;
  /** Problems met reading the stored data, in plain words. */
  warnings: string[];
  /** The stored data cannot be read at all: read as empty, and not to be written over. */
  damaged: boolean;
}

/** The report's state from the snapshot; a damaged part reads as empty, with a warning. */
export function consultationStateOf(snapshot: ReportSnapshot): ConsultationState {
  const { state, warnings, damaged } = snapshot.reportState;
  return { state, record: state.consultation ?? emptyConsultationRecord(), warnings, damaged };
}

/** The dispositions recorded in the report, for the template check. */
export function recordedDispositions(snapshot: ReportSnapshot): DispositionRecord[] {
  return consultationStateOf(snapshot).record.dispositions;
}
