/**
 * A bar or line chart of a workbook range (the `spreadsheet-chart` element): the first column
 * holds the categories (wards, months…), each further column is a series named by its header.
 * Pure: the grid comes from core/data/spreadsheet.ts, the numbers are the cells' values, the
 * labels the cells' text as the workbook shows it.
 *
 * Which columns and rows are drawn by default (counts, no dates, no totals) is sheet-series.ts.
 *
 * Greyscale-safe like the other charts: series differ by fill from dark to light with a dark
 * outline (bars), or by dash and point shape (lines), never by colour alone.
 */
import type { SheetGrid } from '../data/spreadsheet';
import { ReportError } from '../errors';
import type { ChartFigure, ChartModel, SheetChartKind } from './model';
import { chooseSheetSeries, leftOutSentence, showsNumber } from './sheet-series';
import { withData, type VegaLiteTemplate } from './templates';
import { CHART_WIDTH, chartConfig, DARK, LIGHT, TEXT_COLOUR } from './theme';

/** Fills from dark to light, then white: each series apart in greyscale. */
const FILLS = [DARK, LIGHT, '#7F7F7F', '#FFFFFF', '#404040', '#D9D9D9'];
const DASHES = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 4],
  [1, 3],
];
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
export const MAX_SERIES = FILLS.length;

export interface SheetChartInput {
  grid: SheetGrid;
  kind: SheetChartKind;
  title: string;
  source: string;
  /** The columns to draw, by header or column letter, comma-separated; default: see sheet-series.ts. */
  series?: string;
}

type Point = {
  category: string;
  order: number;
  series: string;
  sorder: number;
  value: number;
  label: string;
};

export function sheetChart(input: SheetChartInput): ChartModel {
  const { grid, kind } = input;
  const [header = [], ...body] = grid.rows;
  const where = `${grid.label} in ${grid.fileName}`;
  if (header.length < 2 || body.length === 0) {
    throw new ReportError(
      'chart-range-shape',
      `A chart needs a header row and at least one row below it, with the categories in the first column and a column of numbers beside them; ${where} has ${body.length + 1} row(s) and ${header.length} column(s).`,
      grid.fileName,
    );
  }
  const choice = chooseSheetSeries(grid, input.series);
  const seriesColumns = choice.series;
  if (seriesColumns.length === 0) {
    const dates = choice.leftOut.columns.filter((c) => c.why === 'date').map((c) => c.name);
    throw new ReportError(
      'chart-no-numbers',
      `No column of ${where} beside the first holds numbers to chart` +
        (dates.length > 0 ? ` (${dates.join(', ')} ${dates.length === 1 ? 'holds' : 'hold'} dates).` : '.'),
      grid.fileName,
    );
  }
  if (seriesColumns.length > MAX_SERIES) {
    throw new ReportError(
      'chart-too-many-series',
      `${where} has ${seriesColumns.length} columns of numbers; a chart that reads in print has at most ${MAX_SERIES}. Choose fewer columns.`,
      grid.fileName,
    );
  }
  const points: Point[] = [];
  const figures: ChartFigure[] = [];
  choice.rows.forEach((index, order) => {
    const row = body[index] ?? [];
    const category = row[0]?.text.trim() || `Row ${grid.rowNumbers[index + 1] ?? index + 2}`;
    seriesColumns.forEach(({ name, column }, sorder) => {
      const cell = row[column];
      // A date among numbers (a serial number near 45,000) is not drawn beside them.
      if (!showsNumber(cell)) return;
      points.push({ category, order, series: name, sorder, value: cell.value, label: cell.text });
      figures.push({ where: `${category}, ${name}`, value: cell.text });
    });
  });
  const names = seriesColumns.map((s) => s.name);
  const note = leftOutSentence(choice.leftOut);
  const spec = withData(kind === 'spreadsheet-bar' ? sheetBarTemplate() : sheetLineTemplate(), {
    table: points,
  });
  return {
    kind,
    title: input.title,
    description: describe(kind, points, names, header[0]?.text.trim() || 'category', where),
    source: input.source,
    spec,
    figures,
    ...(note ? { note } : {}),
  };
}

function describe(
  kind: SheetChartKind,
  points: readonly Point[],
  series: readonly string[],
  axis: string,
  where: string,
): string {
  const categories = new Set(points.map((p) => p.category)).size;
  let text =
    `${kind === 'spreadsheet-bar' ? 'Bar' : 'Line'} chart of ${series.join(', ')} by ${axis.toLowerCase()}, ` +
    `${categories} ${categories === 1 ? 'value' : 'values'} each, from ${where}.`;
  for (const name of series) {
    const mine = points.filter((p) => p.series === name);
    if (mine.length === 0) continue;
    const high = mine.reduce((a, b) => (b.value > a.value ? b : a));
    const low = mine.reduce((a, b) => (b.value < a.value ? b : a));
    text += ` ${name}: highest ${high.category} ${high.label}, lowest ${low.category} ${low.label}.`;
  }
  return text;
}

const category = (title: string | null = null) => ({
  field: 'category',
  type: 'nominal',
  title,
  sort: { field: 'order', op: 'min' },
  axis: { labelAngle: -40, labelLimit: 140 },
});
const legend = { field: 'series', type: 'nominal', title: null, sort: { field: 'sorder', op: 'min' } };

/** Grouped bars without data: dataset "table" (category, order, series, sorder, value, label). */
export function sheetBarTemplate(): VegaLiteTemplate {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 80,
    height: 260,
    config: chartConfig(),
    data: { name: 'table' },
    encoding: {
      x: category(),
      xOffset: { field: 'series', sort: { field: 'sorder', op: 'min' } },
      y: { field: 'value', type: 'quantitative', title: null },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: DARK, strokeWidth: 0.75 },
        encoding: { fill: { ...legend, scale: { range: FILLS } } },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10, fill: TEXT_COLOUR },
        encoding: { text: { field: 'label' } },
      },
    ],
  };
}

/** Lines with points without data: the same dataset; series differ by dash and point shape. */
export function sheetLineTemplate(): VegaLiteTemplate {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 80,
    height: 260,
    config: chartConfig(),
    data: { name: 'table' },
    encoding: {
      x: { ...category(), scale: { padding: 0.5 } },
      y: { field: 'value', type: 'quantitative', title: null },
    },
    layer: [
      {
        mark: { type: 'line', color: DARK, strokeWidth: 1.75 },
        encoding: { strokeDash: { ...legend, scale: { range: DASHES } }, detail: { field: 'series' } },
      },
      {
        mark: { type: 'point', filled: true, color: DARK, size: 40 },
        encoding: { shape: { ...legend, scale: { range: SHAPES } } },
      },
    ],
  };
}
