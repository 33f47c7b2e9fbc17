/**
 * The Office theme as charts use it: Office's default body font and its dark-blue accent, chosen
 * so every chart also reads in greyscale (dark against light grey), with shapes, outlines, dashes
 * and labels carrying each meaning as well as colour.
 */

/** Calibri in Word; Carlito / Liberation Sans (same metrics) where the PNG is rendered on Linux. */
export const CHART_FONT = "Calibri, Carlito, 'Liberation Sans', Arial, sans-serif";
export const TEXT_COLOUR = '#404040';
/** Office accent 1 (blue), darker 50%: very dark in greyscale. */
export const DARK = '#1F3864';
/** Office background 1, darker 25%: light in greyscale. */
export const LIGHT = '#BFBFBF';
/** Office "dark red" standard colour: limits and points beyond them. */
export const ALERT = '#C00000';
/** Office accent 2 (orange): runs on one side of the mean. */
export const RUN = '#ED7D31';
export const GRID = '#E7E6E6';

/** The drawing's size in CSS pixels; the PNG is rasterised at PRINT_WIDTH_PX wide. */
export const CHART_WIDTH = 600;
/** 6 inches across in the document at 300 dpi. */
export const PRINT_WIDTH_PX = 1800;
export const PICTURE_WIDTH_INCHES = 6;

/** Vega-Lite `config` shared by every chart. */
export function chartConfig(): Record<string, unknown> {
  return {
    font: CHART_FONT,
    background: '#FFFFFF',
    padding: 8,
    view: { stroke: null },
    axis: {
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: 'normal',
      labelColor: TEXT_COLOUR,
      titleColor: TEXT_COLOUR,
      domainColor: '#7F7F7F',
      tickColor: '#7F7F7F',
      gridColor: GRID,
    },
    legend: {
      orient: 'bottom',
      labelFontSize: 11,
      titleFontSize: 11,
      labelColor: TEXT_COLOUR,
      titleColor: TEXT_COLOUR,
      symbolStrokeColor: DARK,
      labelLimit: 320,
    },
    text: { font: CHART_FONT, fontSize: 10, fill: TEXT_COLOUR },
  };
}
