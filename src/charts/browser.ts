/**
 * Browser rendering: SVG from the shared engine, then PNG through an <img> drawn on a canvas at
 * print resolution. Kept small: the engine is the only heavy part, and it is loaded lazily.
 */
import { PRINT_WIDTH_PX, type ChartModel } from '../core/charts';
import type { RenderedChart } from './rendered';
import { renderSvg } from './svg';

/**
 * A chart drawn for the task pane: laid out for `widthCss` (the pane's width) and returned as an
 * SVG image URL to show at 1:1, so its text is the 10–11 px it is drawn at, not a print-size
 * picture shrunk to a third.
 */
export async function renderChartPreviewInBrowser(model: ChartModel, widthCss: number): Promise<string> {
  const svg = await renderSvg(model, { width: Math.max(200, Math.floor(widthCss)) });
  const bytes = new TextEncoder().encode(svg.svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export async function renderChartInBrowser(model: ChartModel): Promise<RenderedChart> {
  const svg = await renderSvg(model);
  const scale = PRINT_WIDTH_PX / svg.width;
  const widthPx = Math.round(svg.width * scale);
  const heightPx = Math.round(svg.height * scale);
  const url = URL.createObjectURL(new Blob([svg.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = widthPx;
    canvas.height = heightPx;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw charts (no 2D canvas).');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, widthPx, heightPx);
    context.drawImage(image, 0, 0, widthPx, heightPx);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The chart could not be turned into a PNG.'))),
        'image/png',
      ),
    );
    return { ...svg, png: new Uint8Array(await blob.arrayBuffer()), widthPx, heightPx };
  } finally {
    URL.revokeObjectURL(url);
  }
}
