/**
 * The consultation summary as a live element, so a face's catalogue knows the regions the
 * Consultation view inserts: the data refresh reports them as made from the comments (not as an
 * unknown element) and leaves them as they are; the lists of elements to insert do not offer it.
 * It is made by `writeSummaryRegion` (summary-region.ts) from the report's comments.
 */
import type { ConsultationSummary } from '../../core/consultation/summary';
import { ReportError } from '../../core/errors';
import type { ElementGroup } from '../../core/live/catalogue';
import type { LiveElement, LiveRendering } from '../../core/live/model';
import { SUMMARY_ELEMENT, summaryContent } from './summary-region';

/** What the summary region shows: the summary of the comments as at a day (yyyy-mm-dd). */
export interface SummaryModel {
  summary: ConsultationSummary;
  asAt: string;
}

export const consultationSummaryElement: LiveElement = {
  name: SUMMARY_ELEMENT,
  label: 'Consultation summary',
  // A sentence and a table, rendered by the element itself.
  kind: 'other',
  dataFrom: 'comments',
  compute(): LiveRendering {
    // Its figures are the comments', not the crime data's: the data use cases never ask.
    throw new ReportError(
      'live-element-from-comments',
      'The consultation summary is made from the comments: insert or refresh it from the Consultation view.',
    );
  },
  render(rendering: LiveRendering) {
    if (rendering.kind !== 'other') throw new Error(`${SUMMARY_ELEMENT} cannot render a ${rendering.kind}.`);
    const { summary, asAt } = rendering.model as SummaryModel;
    return summaryContent(summary, asAt);
  },
};

/** The consultation's elements (the summary), for a face's catalogue. */
export function consultationElements(): ElementGroup {
  return { elements: [consultationSummaryElement] };
}
