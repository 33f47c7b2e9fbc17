/**
 * The report's state part as the consultation needs it: the whole state (so writing the
 * consultation back keeps the template id and the live regions as they are) and the consultation
 * record inside it.
 */
import type { ConsultationRecord, DispositionRecord } from '../../core/state/consultation-record';
import type { ReportSnapshot } from '../../core/report/snapshot';
import { parseConsultation } from '../../ooxml/consultation-state';
import { parseReportStatePart, REPORT_NAMESPACE } from '../../ooxml/custom-xml-part';
import { emptyReportState, type ReportState } from '../../core/state/report-state';
import { ReportError } from '../../core/errors';

export interface ConsultationState {
  state: ReportState;
  record: ConsultationRecord;
  /** Problems met reading the stored data, in plain words. */
  warnings: string[];
}

/** Reads the state part from the snapshot; a damaged part is reported, and read as empty. */
export function consultationStateOf(snapshot: ReportSnapshot): ConsultationState {
  const part = snapshot.customXmlParts.find((p) => p.namespaceUri === REPORT_NAMESPACE);
  if (!part) return { state: emptyReportState(), ...parseConsultation(null) };
  let state: ReportState;
  const warnings: string[] = [];
  try {
    const parsed = parseReportStatePart(part.xml, part.id);
    state = parsed.state;
    warnings.push(...parsed.warnings);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return { state: emptyReportState(), record: parseConsultation(null).record, warnings: [error.message] };
  }
  const consultation = parseConsultation(state.consultationXml);
  return { state, record: consultation.record, warnings: [...warnings, ...consultation.warnings] };
}

/** The dispositions recorded in the report, for the template check. */
export function recordedDispositions(snapshot: ReportSnapshot): DispositionRecord[] {
  return consultationStateOf(snapshot).record.dispositions;
}
