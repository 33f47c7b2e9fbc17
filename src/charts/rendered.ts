import type { ChartPicture } from '../core/charts';

/** A chart drawn: the SVG (CSS pixels) and the PNG inserted into the document (print pixels). */
export interface RenderedChart extends ChartPicture {
  svg: string;
  width: number;
  height: number;
}
