/**
 * The report's state as the domain sees it: the template it follows, its live regions, and what
 * the consultation keeps. It travels in the document's state part (urn:council-report:v1), which
 * `ooxml/custom-xml-part.ts` writes and reads.
 */
import type { LiveRegionSpec } from './region-spec';

export interface ReportState {
  templateId: string | null;
  regions: LiveRegionSpec[];
  /** The consultation element as written (dispositions come in a later version), or null. */
  consultationXml: string | null;
  /** Other elements, as written, in order: kept for the version that knows them. */
  otherXml: string[];
}

export function emptyReportState(): ReportState {
  return { templateId: null, regions: [], consultationXml: null, otherXml: [] };
}
