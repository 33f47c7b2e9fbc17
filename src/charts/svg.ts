/**
 * Chart → SVG with the Vega runtime, headless (renderer "none", then `toSVG()`): the same code in
 * Node (CLI, tests) and in the browser (task pane, workspace), loaded with `import()` so the engine
 * is a chunk of its own and never part of the task pane's first view.
 *
 * Each chart's Vega-Lite template was compiled to Vega ahead of time (compiled/*.vg.json, made by
 * scripts/compile-charts.mjs), so only the vega runtime loads, not the Vega-Lite compiler; the
 * chart's datasets are put into the compiled spec's named data before parsing.
 *
 * Expressions run through Vega's interpreter (vega-interpreter, specs parsed with `ast: true`)
 * rather than code Vega compiles with `new Function`, so the pages can keep a Content-Security-
 * Policy without 'unsafe-eval' (scripts/csp.js).
 *
 * Text widths are estimated from per-character Arial/Liberation Sans advance widths instead of a
 * canvas, so the layout (label space, truncation) is identical in Node and every browser.
 */
import { datasetsOf, type ChartKind, type VegaLiteSpec } from '../core/charts';
import categoryYoy from './compiled/category-yoy.vg.json';
import monthlyTrend from './compiled/monthly-trend.vg.json';
import ratePer1000 from './compiled/rate-per-1000-by-district.vg.json';
import spcTotalCrime from './compiled/spc-total-crime.vg.json';
import spreadsheetBar from './compiled/spreadsheet-bar.vg.json';
import spreadsheetLine from './compiled/spreadsheet-line.vg.json';

// The engine is ESM; the CLI is compiled to CommonJS, where `import()` stays a real dynamic import.
type Vega = typeof import('vega', { with: { 'resolution-mode': 'import' } });
/** A Vega spec as JSON (vega's own Spec type is stricter than JSON files type as). */
type VegaSpec = { data?: { name: string; values?: unknown }[] } & Record<string, unknown>;

const COMPILED: Record<ChartKind, unknown> = {
  'monthly-trend': monthlyTrend,
  'spc-total-crime': spcTotalCrime,
  'category-yoy': categoryYoy,
  'rate-per-1000-by-district': ratePer1000,
  'spreadsheet-bar': spreadsheetBar,
  'spreadsheet-line': spreadsheetLine,
};

/** The parts of vega that charts use: the same functions as the `vega` package's. */
export interface ChartEngine {
  View: Vega['View'];
  parse: Vega['parse'];
  loader: Vega['loader'];
  /** Evaluates expressions from their syntax tree; without it Vega compiles them with `new Function`. */
  expressionInterpreter?: object;
}

let engine: Promise<ChartEngine> | null = null;

/**
 * Loads the vega runtime once: only the packages that parse, lay out and draw our charts, with the
 * transforms they use (the `vega` package also bundles geo, force, hierarchy, regression, voronoi,
 * word cloud, label and crossfilter transforms, about a quarter more to download). One chunk,
 * "vega", in the browser build; in the CLI each is a real dynamic import of an ES module.
 */
export function loadChartEngine(): Promise<ChartEngine> {
  engine ??= Promise.all([
    import(/* webpackChunkName: "vega" */ 'vega-util'),
    import(/* webpackChunkName: "vega" */ 'vega-dataflow'),
    import(/* webpackChunkName: "vega" */ 'vega-transforms'),
    import(/* webpackChunkName: "vega" */ 'vega-view-transforms'),
    import(/* webpackChunkName: "vega" */ 'vega-encode'),
    import(/* webpackChunkName: "vega" */ 'vega-view'),
    import(/* webpackChunkName: "vega" */ 'vega-parser'),
    import(/* webpackChunkName: "vega" */ 'vega-loader'),
    import(/* webpackChunkName: "vega" */ 'vega-scenegraph'),
    import(/* webpackChunkName: "vega" */ 'vega-interpreter'),
  ]).then(
    ([util, dataflow, transforms, viewTransforms, encode, view, parser, loader, scenegraph, interpreter]) => {
      util.extend(dataflow.transforms, transforms, viewTransforms, encode);
      configureTextMetrics(scenegraph.textMetrics);
      return {
        View: view.View,
        parse: parser.parse,
        loader: loader.loader,
        expressionInterpreter: interpreter.expressionInterpreter,
      } as ChartEngine;
    },
  );
  return engine;
}

/** Arial/Liberation Sans advance widths in em, by character class (close enough for layout). */
function charWidth(c: string): number {
  if (c === ' ') return 0.278;
  if ("iljtfI.,:;'!|()[]-".includes(c)) return 0.3;
  if ('mwMW'.includes(c)) return 0.86;
  if (c >= '0' && c <= '9') return 0.556;
  if (c >= 'A' && c <= 'Z') return 0.68;
  return 0.52;
}

function configureTextMetrics(textMetrics: unknown): void {
  const metrics = textMetrics as {
    width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number;
  };
  metrics.width = (item, text) => {
    const size = item.fontSize ?? 11;
    const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600 ? 1.07 : 1;
    let em = 0;
    for (const c of String(text ?? '')) em += charWidth(c);
    return em * size * bold;
  };
}

export interface SvgChart {
  svg: string;
  /** Size in CSS pixels, as the SVG's width and height attributes give it. */
  width: number;
  height: number;
}

export interface DrawingOptions {
  /**
   * Lay the chart out for this overall width in CSS pixels (the task pane's preview) instead of
   * the print layout: the plot narrows, legends stack, and the text keeps its size, so shown at
   * 1:1 it is as readable as on paper. Labels that need the print width's room between months
   * (the SPC's flags beside points beyond a limit) are left out; the points keep their shape and
   * colour, and the chart's alt text lists them.
   */
  width?: number;
}

/** The compiled Vega spec of a chart with its datasets filled in (the print layout). */
export function vegaSpecFor(chart: { kind: ChartKind; spec: VegaLiteSpec }): VegaSpec {
  const spec = structuredClone(COMPILED[chart.kind]) as VegaSpec;
  const datasets = datasetsOf(chart.spec);
  for (const entry of spec.data ?? []) {
    const values = datasets[entry.name];
    if (values !== undefined) entry.values = structuredClone(values);
  }
  return spec;
}

/** How much narrower than asked a chart laid out for a width may come out, in CSS px. */
export const FIT_SLACK = 6;

/** The narrowest plot worth drawing, in CSS px. */
const MIN_PLOT_WIDTH = 40;

/**
 * The chart's spec laid out for `width` CSS px overall. Drawn to measure what the labels, axes
 * and legends take beside the plot, then the plot is given the rest, so the picture is `width`
 * wide with nothing cut off at its edges.
 */
export async function vegaSpecAtWidth(
  chart: { kind: ChartKind; spec: VegaLiteSpec },
  width: number,
  engine?: ChartEngine,
): Promise<VegaSpec> {
  const spec = vegaSpecFor(chart);
  if (chart.kind === 'spc-total-crime') {
    // No flags in the pane, so no room kept for them either.
    const room = spec.data?.find((d) => d.name === 'room');
    if (room) room.values = [];
    const table = spec.data?.find((d) => d.name === 'table');
    if (table && Array.isArray(table.values)) {
      table.values = (table.values as Record<string, unknown>[]).map((row) => ({
        ...row,
        flag: '',
        flagBelow: '',
      }));
    }
  }
  for (const legend of (spec['legends'] as Record<string, unknown>[] | undefined) ?? []) {
    legend['direction'] = 'vertical';
  }
  spec['autosize'] = { type: 'pad' };
  // The plot's share is not quite linear (axis ticks and the bar-end labels move with the scale):
  // a few corrections settle it.
  let plot = Math.max(MIN_PLOT_WIDTH, Math.round(width / 2));
  let best: { plot: number; width: number } | null = null;
  for (let pass = 0; pass < 8; pass++) {
    spec['width'] = plot;
    const drawn = await renderVegaSvg(spec, engine);
    const excess = drawn.width - width;
    // Never wider than asked; a few pixels narrower will do.
    if (excess <= 0 && (best === null || drawn.width > best.width)) best = { plot, width: drawn.width };
    if ((excess <= 0 && excess > -FIT_SLACK) || plot === MIN_PLOT_WIDTH) break;
    plot = Math.max(MIN_PLOT_WIDTH, Math.floor(plot - excess - (excess > 0 ? 1 : 0)));
  }
  spec['width'] = best?.plot ?? plot;
  return spec;
}

/** Renders a chart (its compiled Vega spec and its data) to SVG text. */
export async function renderSvg(
  chart: { kind: ChartKind; spec: VegaLiteSpec },
  options: DrawingOptions = {},
): Promise<SvgChart> {
  return renderVegaSvg(
    options.width === undefined ? vegaSpecFor(chart) : await vegaSpecAtWidth(chart, options.width),
  );
}

/** Renders a Vega spec (inline data only: no URLs are fetched) to SVG text; tests may pass another engine. */
export async function renderVegaSvg(spec: object, engine?: ChartEngine): Promise<SvgChart> {
  const vega = engine ?? (await loadChartEngine());
  // A loader that refuses everything: chart data is always inline, and a spec must never fetch.
  const loader = vega.loader({ mode: 'http' });
  loader.load = () => Promise.reject(new Error('Charts use inline data only.'));
  const parsed = vega.parse(
    spec as Parameters<Vega['parse']>[0],
    undefined,
    vega.expressionInterpreter ? { ast: true } : undefined,
  );
  const view = new vega.View(parsed, {
    renderer: 'none',
    loader,
    ...(vega.expressionInterpreter ? { expr: vega.expressionInterpreter } : {}),
  } as ConstructorParameters<Vega['View']>[1]);
  try {
    const svg = await view.toSVG();
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
    return { svg, width, height };
  } finally {
    view.finalize();
  }
}
