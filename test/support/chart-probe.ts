/**
 * A page entry for the browser chart test: exposes the browser chart renderer (loaded lazily) as
 * `window.renderChart(model)`, returning what the test compares with Node's rendering.
 */
import type { ChartModel } from '../../src/core/charts';

declare global {
  interface Window {
    renderChart(
      model: ChartModel,
    ): Promise<{ svg: string; png: number[]; widthPx: number; heightPx: number }>;
  }
}

window.renderChart = async (model) => {
  // Loaded lazily, as the task pane loads it (browser-lazy.ts), so the engine is its own chunk.
  const { renderChartInBrowser } = await import('../../src/charts/browser');
  const rendered = await renderChartInBrowser(model);
  return {
    svg: rendered.svg,
    png: [...rendered.png],
    widthPx: rendered.widthPx,
    heightPx: rendered.heightPx,
  };
};
