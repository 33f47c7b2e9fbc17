/**
 * The four charts as live elements: `chart:monthly-trend`, `chart:spc-total-crime`,
 * `chart:category-yoy`, `chart:rate-per-1000-by-district`. compute() builds the ChartModel (pure);
 * render() draws it with the ChartRenderer the face gives `chartElements` when it builds its
 * catalogue (Node: renderChartInNode; browser: browserChartRenderer, which loads the engine
 * lazily) and wraps the PNG with its caption, alt text and source line. The refresh diff compares
 * the chart's figures.
 *
 * Options in the region spec: `months` (trend and SPC, 24–120, default 36) and `category` (a crime
 * type slug for the trend, default total recorded crime).
 */
import { districtIn } from '../live/elements/common';
import type { LiveElement, LiveElementInput, LiveRendering, RenderContext } from '../live/model';
import type { ElementGroup } from '../live/catalogue';
import { ReportError } from '../errors';
import { renderChartRegion, type ChartRenderer } from './block';
import { buildChart } from './index';
import { CHART_KINDS, type CrimeChartKind as ChartKind } from './model';
import { spreadsheetChart } from './spreadsheet-element';

const LABELS: Record<ChartKind, string> = {
  'monthly-trend': 'Chart: recorded crime by month',
  'spc-total-crime': 'Chart: recorded crime by month with control limits (SPC)',
  'category-yoy': 'Chart: recorded crime by type, year on year',
  'rate-per-1000-by-district': 'Chart: crime per 1,000 people by district',
};

function months(options: Readonly<Record<string, string>>): number | undefined {
  const text = options['months'];
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) {
    throw new ReportError('chart-bad-option', `"months" must be a whole number of months, not "${text}".`);
  }
  return n;
}

export function chartElement(kind: ChartKind, renderer: ChartRenderer): LiveElement {
  return {
    name: `chart:${kind}`,
    label: LABELS[kind],
    kind: 'chart',
    needsPopulation: kind === 'rate-per-1000-by-district',
    compute(input: LiveElementInput): LiveRendering {
      const model = buildChart(kind, {
        data: input.data,
        population: input.population,
        area: districtIn(input.data, input.area),
        end: input.periodEnd,
        months: months(input.options),
        crimeType: kind === 'monthly-trend' ? input.options['category'] || undefined : undefined,
      });
      return { kind: 'chart', title: model.title, source: model.source, figures: model.figures, model };
    },
    render: (rendering: LiveRendering, context: RenderContext) =>
      renderChartRegion(rendering, context, `chart:${kind}`, renderer),
  };
}

/** The four crime charts and the spreadsheet chart, drawn with `renderer`, for a catalogue. */
export function chartElements(renderer: ChartRenderer): ElementGroup {
  return {
    elements: [...CHART_KINDS.map((kind) => chartElement(kind, renderer)), spreadsheetChart(renderer)],
  };
}
