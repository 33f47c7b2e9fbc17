/**
 * `spreadsheet-chart`: a bar or line chart (option `chart`, default bar) of a workbook range, a
 * live region like the crime charts: "Figure N: title", the picture with generated alt text, and
 * the source line naming the file, sheet and the day it was read. The spec keeps the same options
 * as `spreadsheet-table`; the refresh diff is the table's (cells by category and series, rows and
 * columns added or removed).
 */
import { ReportError } from '../errors';
import { diffGrid, gridFor, gridTable, workbookSourceLine } from '../live/elements/spreadsheet';
import type {
  LabelledValue,
  LiveElement,
  LiveElementInput,
  LiveRendering,
  RenderContext,
} from '../live/model';
import { renderChartRegion, type ChartRenderer } from './block';
import type { SheetChartKind } from './model';
import type { SheetGrid } from '../data/spreadsheet';
import { chooseSheetSeries, type SheetSeries } from './sheet-series';
import { sheetChart } from './spreadsheet';

function chartKind(option: string | undefined): SheetChartKind {
  if (option === undefined || option === '' || option === 'bar') return 'spreadsheet-bar';
  if (option === 'line') return 'spreadsheet-line';
  throw new ReportError('chart-bad-option', `The chart must be "bar" or "line", not "${option}".`);
}

/**
 * The caption when none is given: what is drawn ("Deliberate fires 2023-24 and Deliberate fires
 * 2024-25 by ward"), as the crime charts' captions say; the source line names the workbook.
 */
function chartTitle(grid: SheetGrid, series: readonly SheetSeries[]): string {
  const names = series.map((s) => s.name);
  const listed =
    names.length <= 1
      ? (names[0] ?? grid.sheet)
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const axis = grid.rows[0]?.[0]?.text.trim();
  return axis ? `${listed} by ${axis.toLowerCase()}` : listed;
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
    const { series, rows } = chooseSheetSeries(grid, input.options['series']);
    const model = sheetChart({
      grid,
      kind,
      title: input.options['title']?.trim() || chartTitle(grid, series),
      source: workbookSourceLine(grid, input),
      ...(input.options['series'] ? { series: input.options['series'] } : {}),
    });
    // The shape figures let the diff say "row added" (the chart's own figures name each point):
    // the rows and columns drawn, so a column the chart leaves out never shows as a change.
    const { rowLabels, columnLabels } = gridTable(grid);
    const shape: LabelledValue[] = [
      { where: 'Rows', value: JSON.stringify(rows.map((r) => rowLabels[r] ?? '')) },
      {
        where: 'Columns',
        value: JSON.stringify([
          columnLabels[0] ?? '',
          ...series.map((s) => columnLabels[s.column] ?? s.name),
        ]),
      },
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
