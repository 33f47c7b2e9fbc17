/**
 * The chart engine end to end in Node: Vega-Lite spec → SVG (vega, headless) → PNG (resvg with
 * explicit fonts). Expected numbers come from the data set's own queries, not from the charts.
 */
import { Resvg } from '@resvg/resvg-js';
import { buildChart, PRINT_WIDTH_PX, spc, THIS_REPORT } from '../../../src/core/charts';
import { RECORDED_CRIME, sampleDataset, samplePopulation } from '../../../src/core/data';
import { chartFontFiles, renderChartInNode } from '../../../src/charts/node';
import { renderSvg } from '../../../src/charts/svg';

const data = sampleDataset();
const population = samplePopulation();
const end = data.latestMonth!;

function count(svg: string, needle: string): number {
  return svg.split(needle).length - 1;
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('SVG structure from the sample data', () => {
  it('monthly trend: a line, one point per month, month and count axes', async () => {
    const model = buildChart('monthly-trend', { data, area: 'Maidstone' });
    const { svg, width, height } = await renderSvg(model);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(250);
    expect(count(svg, 'aria-roledescription="line mark"')).toBe(1);
    expect(count(svg, 'aria-roledescription="point"')).toBe(36);
    expect(count(svg, 'aria-roledescription="axis"')).toBe(2);
    const labels = texts(svg);
    expect(labels).toContain('Recorded crimes a month');
    expect(labels).toContain('Oct 2022');
    expect(labels).toContain('Jul 2025');
  });

  it('SPC: mean and limits drawn and labelled with independently computed values, signals by shape', async () => {
    const model = buildChart('spc-total-crime', { data, area: 'Maidstone' });
    const series = data
      .monthlySeries({ window: { from: '2022-10', to: end }, district: 'Maidstone', ...RECORDED_CRIME })
      .map((p) => p.count!);
    const mean = series.reduce((a, b) => a + b) / series.length;
    let ranges = 0;
    for (let i = 1; i < series.length; i++) ranges += Math.abs(series[i]! - series[i - 1]!);
    const sigma = ranges / (series.length - 1) / 1.128;
    const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
    const { svg } = await renderSvg(model);
    const labels = texts(svg);
    expect(labels).toContain(`Mean ${fmt(mean)}`);
    expect(labels).toContain(`Upper control limit ${fmt(mean + 3 * sigma)}`);
    expect(labels).toContain(`Lower control limit ${fmt(mean - 3 * sigma)}`);
    expect(count(svg, 'aria-roledescription="rule mark"')).toBe(3);
    expect(count(svg, 'aria-roledescription="point"')).toBe(36);
    const outside = series.filter((v) => v > mean + 3 * sigma || v < mean - 3 * sigma);
    expect(outside.length).toBe(spc(series).points.filter((p) => p.signal === 'beyond-limits').length);
    expect(count(svg, 'signal: Beyond a control limit"')).toBe(outside.length);
    // Each point beyond a limit also carries its value as a label.
    for (const value of outside) expect(labels).toContain(fmt(value));
    expect(labels).toEqual(expect.arrayContaining(['Within limits', 'Beyond a control limit']));
  });

  it('category year-on-year: two bars per crime type with values', async () => {
    const model = buildChart('category-yoy', { data, area: 'Maidstone' });
    const types = model.figures.length / 2;
    const { svg } = await renderSvg(model);
    expect(types).toBe(13);
    expect(count(svg, 'aria-roledescription="bar"')).toBe(2 * types);
    const labels = texts(svg);
    expect(labels).toContain('Violence and sexual offences');
    expect(labels).toContain('Recorded crimes in 12 months');
    for (const figure of model.figures) expect(labels).toContain(figure.value);
  });

  it('rates by district: a bar per district, the report district named and bold, the force-area line', async () => {
    const model = buildChart('rate-per-1000-by-district', { data, population, area: 'Maidstone' });
    const { svg } = await renderSvg(model);
    expect(count(svg, 'aria-roledescription="bar"')).toBe(data.districts.length);
    expect(svg).toMatch(
      new RegExp(`font-weight="bold"[^>]*>Maidstone${THIS_REPORT.replace(/[()]/g, '\\$&')}<`),
    );
    const force = model.figures.find((f) => f.where === 'Force area rate per 1,000')!.value;
    expect(texts(svg)).toContain(`Force area ${force}`);
    // The reference line: one dashed rule mark in the alert colour.
    expect(count(svg, 'class="mark-rule role-mark')).toBe(1);
    expect(svg).toMatch(
      /<line[^>]*stroke="#C00000"[^>]*stroke-dasharray="6,4"|<line[^>]*stroke-dasharray="6,4"[^>]*stroke="#C00000"/,
    );
  });
});

describe('PNG at print resolution', () => {
  it('is 1800 pixels wide, the SVG aspect ratio, and not blank', async () => {
    const model = buildChart('spc-total-crime', { data, area: 'Maidstone' });
    const rendered = await renderChartInNode(model);
    const size = pngSize(rendered.png);
    expect(size).toEqual({ width: PRINT_WIDTH_PX, height: rendered.heightPx });
    expect(size.height).toBe(Math.round((PRINT_WIDTH_PX * rendered.height) / rendered.width));
    // Ink: count pixels that are not white in resvg's own raster of the same SVG.
    const image = new Resvg(rendered.svg, {
      fitTo: { mode: 'width', value: 600 },
      background: '#FFFFFF',
      font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    }).render();
    const pixels = image.pixels;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink++;
    const share = ink / (image.width * image.height);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.5);
  });

  it('draws the text with the given fonts (no fonts: far less ink)', async () => {
    const model = buildChart('rate-per-1000-by-district', { data, population, area: 'Maidstone' });
    const { svg } = await renderSvg(model);
    const ink = (fontFiles: string[]) => {
      const pixels = new Resvg(svg, {
        fitTo: { mode: 'width', value: 600 },
        background: '#FFFFFF',
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
      }).render().pixels;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
      return n;
    };
    expect(ink(chartFontFiles())).toBeGreaterThan(ink([]) * 1.1);
  });
});
