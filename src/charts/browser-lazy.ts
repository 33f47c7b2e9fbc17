/**
 * The browser's chart renderer, loaded on first use (a chart preview or insert) as chunks of its
 * own — our renderer, then vega and vega-lite — so the task pane's first view never carries them.
 *
 *   const render = await loadBrowserChartRenderer();
 *   const content = chartBlockContent(model, await render(model), { tag });
 */
import type { ChartModel, ChartRenderer } from '../core/charts';

export function loadBrowserChartRenderer(): Promise<ChartRenderer> {
  return import(/* webpackChunkName: "chart-renderer" */ './browser').then((m) => m.renderChartInBrowser);
}

/** The browser's ChartRenderer (given to `chartElements`): loads the engine on its first chart. */
export const browserChartRenderer: ChartRenderer = (model) =>
  loadBrowserChartRenderer().then((render) => render(model));

/** A chart laid out for the task pane's width, as an image URL (see browser.ts); loads the engine on first use. */
export function browserChartPreview(model: ChartModel, widthCss: number): Promise<string> {
  return import(/* webpackChunkName: "chart-renderer" */ './browser').then((m) =>
    m.renderChartPreviewInBrowser(model, widthCss),
  );
}
