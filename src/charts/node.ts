/**
 * Node rendering: SVG from the shared engine, then PNG with resvg at print resolution, using font
 * files given explicitly (resvg silently drops text it has no font for, and system font lookup
 * differs between machines). Debian: fonts-liberation (metric-compatible with Arial) and
 * fonts-dejavu-core; `CR_CHART_FONTS` (a path-delimiter-separated list of .ttf files) overrides.
 */
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PRINT_WIDTH_PX, type ChartModel } from '../core/charts';
import { ReportError } from '../core/errors';
import type { RenderedChart } from './rendered';
import { renderSvg } from './svg';

const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

let fonts: string[] | null = null;

export function chartFontFiles(): string[] {
  if (fonts) return fonts;
  const override = process.env['CR_CHART_FONTS'];
  const found = (override ? override.split(delimiter) : FONT_FILES).filter((f) => existsSync(f));
  if (found.length === 0) {
    throw new ReportError(
      'chart-fonts-missing',
      'No fonts for chart text were found. Install the Debian packages fonts-liberation and ' +
        'fonts-dejavu-core (or set CR_CHART_FONTS to .ttf files), then try again.',
    );
  }
  fonts = found;
  return fonts;
}

/** PNG bytes of an SVG, `widthPx` wide, on white. */
export function svgToPng(
  svg: string,
  widthPx = PRINT_WIDTH_PX,
): { png: Uint8Array; widthPx: number; heightPx: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#FFFFFF',
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}

/** Renders a chart model to SVG and print-resolution PNG in Node. */
export async function renderChartInNode(model: ChartModel): Promise<RenderedChart> {
  const svg = await renderSvg(model);
  return { ...svg, ...svgToPng(svg.svg) };
}
