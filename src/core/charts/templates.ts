/**
 * Each chart's Vega-Lite spec is a template without data plus named datasets. The template is
 * compiled to Vega ahead of time (scripts/compile-charts.mjs → src/charts/compiled/), so the browser
 * loads only the vega runtime; the full spec (template + datasets) is still plain Vega-Lite that
 * any Vega-Lite tool renders the same way (a test checks both paths give the same SVG).
 */
import { ReportError } from '../errors';
import type { ChartKind, VegaLiteSpec } from './model';

export type VegaLiteTemplate = Readonly<Record<string, unknown>>;

/** Rows of one named dataset. */
export type ChartRows = readonly Readonly<Record<string, unknown>>[];

export function withData(
  template: VegaLiteTemplate,
  datasets: Readonly<Record<string, ChartRows>>,
): VegaLiteSpec {
  return { ...template, datasets };
}

/** The named datasets of a chart spec. */
export function datasetsOf(spec: VegaLiteSpec): Readonly<Record<string, ChartRows>> {
  const datasets = spec['datasets'];
  if (typeof datasets !== 'object' || datasets === null) {
    throw new ReportError('chart-bad-spec', 'The chart has no data to draw.');
  }
  return datasets as Record<string, ChartRows>;
}

/** The template of a kind, for the ahead-of-time compiler; filled in by index.ts. */
export type TemplateSource = Record<ChartKind, () => VegaLiteTemplate>;
