/**
 * The consultation summary as a live region in the Consultation Results section: a table by
 * partner (received, accepted, partly accepted, not accepted, noted, open) and the generated
 * sentence, inside a content control tagged `cr:live:consultation-summary`. Inserted at the end of
 * the section, refreshed in place; its spec is kept in the state part like the data regions'.
 */
import { partnerColumns, type ConsultationSummary } from '../../core/consultation/summary';
import { ReportError } from '../../core/errors';
import { tableBlock, type RegionContent } from '../../core/content/blocks';
import type { RegionWrite, ReportHost } from '../../core/report/host';
import type { TemplateSpec } from '../../core/template/spec';
import { liveTag } from '../../core/state/live-tag';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import { layoutSections } from '../../core/template/sections';
import { contentHash } from '../../core/live/region-text';
import { stateWith, type ConsultationReading } from './consultation-use-cases';

export const SUMMARY_REGION_ID = 'consultation-summary';
export const SUMMARY_ELEMENT = 'consultation-summary';

/** The region's content: the sentence, then the captioned table by partner with a total row. */
export function summaryContent(summary: ConsultationSummary, asAt: string): RegionContent {
  const columns = partnerColumns(summary);
  const figures = (p: ConsultationSummary['byPartner'][number]) => columns.map((c) => String(c.count(p)));
  const total = columns.map((c) => summary.byPartner.reduce((sum, p) => sum + c.count(p), 0));
  const caption = 'Consultation responses by partner';
  return {
    blocks: [
      // The sentence comes first in the region, so the caption is not its first paragraph.
      { kind: 'paragraph', runs: summary.sentence },
      { kind: 'caption', label: 'Table', number: 1, text: caption },
      tableBlock({
        title: caption,
        description: `Consultation responses from ${summary.partners} partners: for each partner, the comments received and how many were accepted, partly accepted, not accepted, noted or are still open.`,
        columns: [
          { header: 'Partner', align: 'left' },
          ...columns.map(({ header }) => ({ header, align: 'right' as const })),
        ],
        rows: [
          ...summary.byPartner.map((p) => ({ cells: [p.name, ...figures(p)] })),
          ...(summary.byPartner.length > 0
            ? [{ cells: ['Total', ...total.map(String)], kind: 'total' as const }]
            : []),
        ],
      }),
      { kind: 'source', text: `comments on this report as at ${asAt}` },
    ],
  };
}

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

/** Inserts the summary, or refreshes it when the report has it already; returns which it did. */
export async function writeSummaryRegion(
  host: ReportHost,
  reading: ConsultationReading,
  template: TemplateSpec,
  now = new Date(),
): Promise<'inserted' | 'refreshed'> {
  if (!host.writeRegions) {
    throw new ReportError(
      'cannot-write',
      'Council Report cannot insert the consultation summary in this document here. Open it in Word and try again.',
    );
  }
  const tag = liveTag(SUMMARY_REGION_ID);
  const present = reading.snapshot.contentControls.some((c) => c.tag === tag);
  const asAt = now.toISOString().slice(0, 10);
  const content = summaryContent(reading.summary, asAt);
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
  await host.writeRegions([write], {
    ...state,
    regions: [...state.regions.filter((r) => r.id !== SUMMARY_REGION_ID), spec],
  });
  return present ? 'refreshed' : 'inserted';
}
