/**
 * The Vega specs compiled ahead of time (src/charts/compiled, by scripts/compile-charts.mjs) match
 * today's Vega-Lite templates, and rendering a chart through them gives the same SVG as compiling
 * its full Vega-Lite spec (template + datasets) now: the stored spec is honest Vega-Lite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { buildChart, CHART_KINDS, CHART_TEMPLATES } from '../../../src/core/charts';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { renderSvg, renderVegaSvg, vegaSpecFor, type ChartEngine } from '../../../src/charts/svg';

const data = sampleDataset();
const population = samplePopulation();

describe.each(CHART_KINDS)('chart:%s compiled ahead of time', (kind) => {
  it('is up to date with its template (else run: npm run build:cli && node scripts/compile-charts.mjs)', () => {
    const file = join(__dirname, '../../../src/charts/compiled', `${kind}.vg.json`);
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // Compare as JSON data: the file is Prettier-formatted.
    expect(stored).toEqual(JSON.parse(JSON.stringify(compile(CHART_TEMPLATES[kind]() as never).spec)));
  });

  it('renders the same SVG as the full Vega-Lite spec compiled now', async () => {
    const model = buildChart(kind, { data, population, area: 'Maidstone' });
    const ahead = await renderSvg(model);
    const now = await renderVegaSvg(compile(model.spec as never).spec);
    expect(ahead.svg).toBe(now.svg);
    expect(ahead.svg.length).toBeGreaterThan(10_000);
  });

  it('renders the same SVG with the few vega packages charts load as with the whole vega package', async () => {
    const model = buildChart(kind, { data, population, area: 'Maidstone' });
    const few = await renderSvg(model); // first, so the shared text metrics are set up
    const whole = (await import('vega')) as unknown as ChartEngine;
    expect((await renderVegaSvg(vegaSpecFor(model), whole)).svg).toBe(few.svg);
  });
});
