/**
 * The consultation summary as a live region in the Consultation Results section: a table by
 * partner (received, accepted, partly accepted, not accepted, noted, open) and the generated
 * sentence, inside a content control tagged `cr:live:consultation-summary`. Inserted at the end of
 * the section, refreshed in place; its spec is kept in the state part like the data regions'.
 * Its content is the summary element's (summary-element.ts).
 */
import { ReportError } from '../../core/errors';
import type { RegionWrite, ReportHost } from '../../core/report/host';
import type { TemplateSpec } from '../../core/template/spec';
import { liveTag } from '../../core/state/live-tag';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import { layoutSections } from '../../core/template/sections';
import { contentHash } from '../../core/live/region-text';
import { stateWith, type ConsultationReading } from './consultation-use-cases';
import { consultationSummaryElement, SUMMARY_ELEMENT, summaryRendering } from './summary-element';

export const SUMMARY_REGION_ID = 'consultation-summary';

/** Where the summary goes: after the last paragraph of the Consultation Results section. */
function placeFor(reading: ConsultationReading, template: TemplateSpec) {
  const consultationSection = template.sections.find((s) => s.id === 'consultation');
  const body = consultationSection
    ? layoutSections(reading.snapshot, template).bodies.get(consultationSection.id)
    : undefined;
  if (!body) {
    throw new ReportError(
      'section-missing',
      'The report has no "Consultation Results" section to put the summary in. Add the section (the Template view can insert it), then try again.',
    );
  }
  const last = Math.max(body.heading.paragraph, body.end - 1);
  return {
    anchor: { paragraph: last, text: reading.snapshot.paragraphs[last]?.text ?? '' },
    location: 'After' as const,
  };
}

/**
 * What writing the summary did: inserted or refreshed it, and whether Word wrote it as sent. When
 * it did not (a table row dropped, office-js #6752), the change was still made and recorded: the
 * summary is in the report, to be written again (host.ts RegionWriteOutcome).
 */
export interface SummaryWritten {
  how: 'inserted' | 'refreshed';
  asSent: boolean;
}

/** Inserts the summary, or refreshes it when the report has it already; says which it did. */
export async function writeSummaryRegion(
  host: ReportHost,
  reading: ConsultationReading,
  template: TemplateSpec,
  now = new Date(),
): Promise<SummaryWritten> {
  if (!host.writeRegions) {
    throw new ReportError(
      'cannot-write',
      'Council Report cannot insert the consultation summary in this document here. Open it in Word and try again.',
    );
  }
  const tag = liveTag(SUMMARY_REGION_ID);
  const present = reading.snapshot.contentControls.some((c) => c.tag === tag);
  const asAt = now.toISOString().slice(0, 10);
  // Rendered by the catalogue's element, so the summary has one rendering; its table is Table 1.
  const content = await consultationSummaryElement.render(summaryRendering(reading.summary, asAt), {
    tableNumber: 1,
    figureNumber: 1,
  });
  const write: RegionWrite = present
    ? { kind: 'replace', tag, content }
    : { kind: 'insert', tag, title: 'Consultation summary', place: placeFor(reading, template), content };
  const spec: LiveRegionSpec = {
    id: SUMMARY_REGION_ID,
    element: SUMMARY_ELEMENT,
    source: 'comments in this report',
    area: '',
    periodEnd: '',
    refreshedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    // The same hash the live-region rules use, so the summary is not reported as edited by hand.
    valuesHash: contentHash(content),
    options: {},
  };
  const state = stateWith(reading, reading.record);
  const { notAsWritten } = await host.writeRegions([write], {
    ...state,
    regions: [...state.regions.filter((r) => r.id !== SUMMARY_REGION_ID), spec],
  });
  return { how: present ? 'refreshed' : 'inserted', asSent: notAsWritten.length === 0 };
}
