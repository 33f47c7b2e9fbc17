/**
 * A chart as the core describes it: what the numbers are, a declarative Vega-Lite spec (plain
 * data: it can be stored, sent to the browser and rendered anywhere), and the words around the
 * picture (caption, source line, alt text). Rendering to SVG/PNG lives outside the core
 * (src/charts), because it needs the Vega engine and a rasteriser.
 */
import { ReportError } from '../errors';

export const CHART_KINDS = [
  'monthly-trend',
  'spc-total-crime',
  'category-yoy',
  'rate-per-1000-by-district',
] as const;
/** The charts built from crime data. */
export type CrimeChartKind = (typeof CHART_KINDS)[number];
/** The charts built from a workbook range (spreadsheet-chart): compiled and drawn like the others. */
export const SHEET_CHART_KINDS = ['spreadsheet-bar', 'spreadsheet-line'] as const;
export type SheetChartKind = (typeof SHEET_CHART_KINDS)[number];
export type ChartKind = CrimeChartKind | SheetChartKind;

/** A Vega-Lite spec: JSON data, typed loosely so the core does not depend on vega-lite. */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/** One number the chart shows, for the refresh diff ("Sep 2025" 1,432 → 1,450). */
export interface ChartFigure {
  where: string;
  value: string;
}

export interface ChartModel {
  kind: ChartKind;
  /** Short title: the picture's alt-text title and the caption after "Figure N: ". */
  title: string;
  /** Generated description for the alt text: range, highest and lowest, direction, signals. */
  description: string;
  /** The source line under the picture, without "Source: ". */
  source: string;
  spec: VegaLiteSpec;
  /** The numbers drawn, in reading order; refresh compares these, never pixels. */
  figures: ChartFigure[];
  /** For the officer, never in the document: what the chart left out ("Not drawn: …"). */
  note?: string;
}

export function chartKindOf(element: string): CrimeChartKind {
  const kind = element.startsWith('chart:') ? element.slice('chart:'.length) : element;
  if ((CHART_KINDS as readonly string[]).includes(kind)) return kind as CrimeChartKind;
  throw new ReportError(
    'chart-unknown',
    `"${element}" is not a chart. The charts are ${CHART_KINDS.map((k) => `chart:${k}`).join(', ')}.`,
  );
}

/** Changes between two renderings' figures: what the author may need to fix in the prose. */
export function diffFigures(
  before: readonly ChartFigure[],
  after: readonly ChartFigure[],
): { where: string; from: string; to: string }[] {
  const old = new Map(before.map((f) => [f.where, f.value]));
  const now = new Map(after.map((f) => [f.where, f.value]));
  const changes: { where: string; from: string; to: string }[] = [];
  for (const f of after) {
    const was = old.get(f.where);
    if (was !== f.value) changes.push({ where: f.where, from: was ?? '', to: f.value });
  }
  for (const f of before) if (!now.has(f.where)) changes.push({ where: f.where, from: f.value, to: '' });
  return changes;
}
