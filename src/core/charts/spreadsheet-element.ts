/**
 * `spreadsheet-chart`: a bar or line chart (option `chart`, default bar) of a workbook range, a
 * live region like the crime charts: "Figure N: title", the picture with generated alt text, and
 * the source line naming the file, sheet and the day it was read. The spec keeps the same options
 * as `spreadsheet-table`; the refresh diff is the table's (cells by category and series, rows and
 * columns added or removed).
 */
import { ReportError } from '../errors';
import {
  diffGrid,
  gridFor,
  gridTable,
  workbookSourceLine,
  workbookTitle,
} from '../live/elements/spreadsheet';
import type {
  LabelledValue,
  LiveElement,
  LiveElementInput,
  LiveRendering,
  RenderContext,
} from '../live/model';
import { renderChartRegion, type ChartRenderer } from './block';
import type { SheetChartKind } from './model';
import { sheetChart } from './spreadsheet';

function chartKind(option: string | undefined): SheetChartKind {
  if (option === undefined || option === '' || option === 'bar') return 'spreadsheet-bar';
  if (option === 'line') return 'spreadsheet-line';
  throw new ReportError('chart-bad-option', `The chart must be "bar" or "line", not "${option}".`);
}

/** The spreadsheet chart, drawn with `renderer` (the face's). */
export const spreadsheetChart = (renderer: ChartRenderer): LiveElement => ({
  name: 'spreadsheet-chart',
  label: 'Chart from a spreadsheet (.xlsx, .ods): bar or line',
  kind: 'chart',
  dataFrom: 'workbook',
  compute(input: LiveElementInput): LiveRendering {
    const kind = chartKind(input.options['chart']);
    const grid = gridFor(input);
    const model = sheetChart({
      grid,
      kind,
      title: workbookTitle(grid, input),
      source: workbookSourceLine(grid, input),
    });
    // The shape figures let the diff say "row added" (the chart's own figures name each point).
    const { rowLabels, columnLabels } = gridTable(grid);
    const shape: LabelledValue[] = [
      { where: 'Rows', value: JSON.stringify(rowLabels) },
      { where: 'Columns', value: JSON.stringify(columnLabels) },
    ];
    return {
      kind: 'chart',
      title: model.title,
      source: model.source,
      figures: [...model.figures, ...shape],
      model,
    };
  },
  render: (rendering: LiveRendering, context: RenderContext) =>
    renderChartRegion(rendering, context, 'spreadsheet-chart', renderer),
  diff: diffGrid,
});
