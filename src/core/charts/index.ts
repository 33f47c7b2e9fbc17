/**
 * core/charts: the four live charts as pure data — numbers, a Vega-Lite spec, caption, source
 * line and alt text — built from a CrimeDataset. src/charts renders a model to SVG and PNG.
 *
 *   const model = buildChart('spc-total-crime', { data, population, area: 'Maidstone' });
 *   model.spec         // Vega-Lite, JSON
 *   model.title        // caption and alt-text title
 *   model.description  // alt text: range, highest/lowest month, direction, points outside limits
 *   diffFigures(old.figures, model.figures)  // what changed on refresh
 */
import type { CrimeType } from '../data/crime-types';
import type { CrimeDataset, District } from '../data/dataset';
import type { Month } from '../data/months';
import type { PopulationTable } from '../data/population';
import { ReportError } from '../errors';
import { categoryYoyChart, ratePer1000Chart, ratesTemplate, yoyTemplate } from './comparisons';
import type { CrimeChartKind, ChartModel } from './model';
import { sheetBarTemplate, sheetLineTemplate } from './spreadsheet';
import { monthlyTrendChart, spcChart, spcTemplate, trendTemplate } from './monthly';
import type { TemplateSource } from './templates';

export { chartBlockContent } from './block';
export type { ChartBlockOptions, ChartPicture, ChartRenderer } from './block';
export { categoryYoyChart, districtRates, ratePer1000Chart, THIS_REPORT } from './comparisons';
export type { ComparisonChartOptions, DistrictRate } from './comparisons';
export { formatCount, formatRate, monthLabel, windowLabel } from './labels';
export { CHART_KINDS, chartKindOf, diffFigures, SHEET_CHART_KINDS } from './model';
export { sheetChart } from './spreadsheet';
export type {
  ChartFigure,
  ChartKind,
  ChartModel,
  CrimeChartKind,
  SheetChartKind,
  VegaLiteSpec,
} from './model';
export {
  DEFAULT_TREND_MONTHS,
  MIN_TREND_MONTHS,
  monthlyTrendChart,
  SIGNAL_LABELS,
  spcChart,
} from './monthly';
export type { MonthlyChartOptions } from './monthly';
export { D2, RUN_LENGTH, spc } from './spc';
export type { SpcPoint, SpcResult, SpcSignal } from './spc';
export { datasetsOf } from './templates';
export type { ChartRows, VegaLiteTemplate } from './templates';
export { CHART_WIDTH, PICTURE_WIDTH_INCHES, PRINT_WIDTH_PX } from './theme';

/** Each chart's Vega-Lite template (no data): what scripts/compile-charts.mjs compiles to Vega. */
export const CHART_TEMPLATES: TemplateSource = {
  'monthly-trend': trendTemplate,
  'spc-total-crime': spcTemplate,
  'category-yoy': yoyTemplate,
  'rate-per-1000-by-district': ratesTemplate,
  'spreadsheet-bar': sheetBarTemplate,
  'spreadsheet-line': sheetLineTemplate,
};

export interface ChartInput {
  data: CrimeDataset;
  /** Needed by the rate chart only. */
  population?: PopulationTable | null;
  area: District | null;
  end?: Month;
  months?: number;
  crimeType?: CrimeType;
}

export function buildChart(kind: CrimeChartKind, input: ChartInput): ChartModel {
  const { data, area, end } = input;
  switch (kind) {
    case 'monthly-trend':
      return monthlyTrendChart(data, { area, end, months: input.months, crimeType: input.crimeType });
    case 'spc-total-crime':
      return spcChart(data, { area, end, months: input.months });
    case 'category-yoy':
      return categoryYoyChart(data, { area, end });
    case 'rate-per-1000-by-district':
      if (!input.population) {
        throw new ReportError(
          'chart-no-population',
          'The rate chart needs population figures; none were given.',
        );
      }
      return ratePer1000Chart(data, input.population, { area, end });
  }
}
