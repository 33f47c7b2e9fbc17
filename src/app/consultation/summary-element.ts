/**
 * The consultation summary as a live element, so a face's catalogue knows the regions the
 * Consultation view inserts: the data refresh reports them as made from the comments (not as an
 * unknown element) and leaves them as they are; the lists of elements to insert do not offer it.
 * `writeSummaryRegion` (summary-region.ts) makes it from the report's comments through this
 * element's `render`: one rendering of the summary.
 */
import {
  partnerColumns,
  type ConsultationSummary,
  type PartnerColumn,
} from '../../core/consultation/summary';
import { tableBlock, type RegionContent } from '../../core/content/blocks';
import { ReportError } from '../../core/errors';
import type { ElementGroup } from '../../core/live/catalogue';
import type { LiveElement, LiveRendering, RenderContext } from '../../core/live/model';

export const SUMMARY_ELEMENT = 'consultation-summary';

/** What the summary region shows: the summary of the comments as at a day (yyyy-mm-dd). */
export interface SummaryModel {
  summary: ConsultationSummary;
  asAt: string;
}

const CAPTION = 'Consultation responses by partner';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Dec 2026" from "2026-12-05": the way the report's other source lines write a day. */
export function dayInWords(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDay;
}

const sourceLine = (asAt: string) => `comments on this report as at ${dayInWords(asAt)}`;

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The table's alt text: says what its rows are, the way the table and the sentence count them (a
 * row for each partner, one for the comments from other consultees, "Unassigned", and the total).
 */
export function tableDescription(summary: ConsultationSummary, columns: PartnerColumn[]): string {
  const others = summary.byPartner.some((p) => p.id === null);
  const rows = [
    ...(summary.partners > 0
      ? [`one row for each of ${countOf(summary.partners, 'partner', 'partners')}`]
      : []),
    ...(others ? ['one for other consultees (Unassigned)'] : []),
  ];
  const [, ...decided] = columns.map((c) => c.header.toLowerCase());
  const what = `the comments received and how many were ${decided.slice(0, -1).join(', ')} or ${decided.at(-1)}`;
  if (rows.length === 0) return `Consultation responses by partner: no comments received.`;
  return `Consultation responses by partner, ${rows.join(' and ')}, then the total: ${what}.`;
}

/** The region's content: the sentence, then the captioned table by partner with a total row. */
export function summaryContent(summary: ConsultationSummary, asAt: string, tableNumber = 1): RegionContent {
  const columns = partnerColumns(summary);
  const figures = (p: ConsultationSummary['byPartner'][number]) => columns.map((c) => String(c.count(p)));
  const total = columns.map((c) => summary.byPartner.reduce((sum, p) => sum + c.count(p), 0));
  return {
    blocks: [
      // The sentence comes first in the region, so the caption is not its first paragraph.
      { kind: 'paragraph', runs: summary.sentence },
      { kind: 'caption', label: 'Table', number: tableNumber, text: CAPTION },
      tableBlock({
        title: CAPTION,
        description: tableDescription(summary, columns),
        // The partner's name takes the room the counts do not need; rows are a line or two, so
        // each is kept whole on a page.
        columns: [
          { header: 'Partner', align: 'left' },
          ...columns.map(({ header }) => ({ header, align: 'right' as const, width: 'fit' as const })),
        ],
        keepRowsWhole: true,
        rows: [
          ...summary.byPartner.map((p) => ({ cells: [p.name, ...figures(p)] })),
          ...(summary.byPartner.length > 0
            ? [{ cells: ['Total', ...total.map(String)], kind: 'total' as const }]
            : []),
        ],
      }),
      { kind: 'source', text: sourceLine(asAt) },
    ],
  };
}

/** The summary as the element's rendering (its `compute` is never asked: it has no crime data). */
export function summaryRendering(summary: ConsultationSummary, asAt: string): LiveRendering {
  const model: SummaryModel = { summary, asAt };
  return {
    kind: 'other',
    title: CAPTION,
    source: sourceLine(asAt),
    figures: [],
    model,
  };
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
  render(rendering: LiveRendering, context: RenderContext) {
    if (rendering.kind !== 'other') throw new Error(`${SUMMARY_ELEMENT} cannot render a ${rendering.kind}.`);
    const { summary, asAt } = rendering.model as SummaryModel;
    return summaryContent(summary, asAt, context.tableNumber);
  },
};

/** The consultation's elements (the summary), for a face's catalogue. */
export function consultationElements(): ElementGroup {
  return { elements: [consultationSummaryElement] };
}
