/** `chart:monthly-trend` and `chart:spc-total-crime`: a monthly series, plain or with control limits. */
import { crimeTypeName, type CrimeType } from '../data/crime-types';
import { RECORDED_CRIME, type CrimeDataset, type CrimeQuery, type District } from '../data/dataset';
import { addMonths, type Month, type MonthWindow } from '../data/months';
import { ReportError } from '../errors';
import { changeWords, formatCount, monthLabel, windowLabel } from './labels';
import type { ChartFigure, ChartModel } from './model';
import { spc, type SpcResult } from './spc';
import { ALERT, CHART_WIDTH, chartConfig, DARK, RUN, TEXT_COLOUR } from './theme';
import { withData, type VegaLiteTemplate } from './templates';

export const MIN_TREND_MONTHS = 24;
export const DEFAULT_TREND_MONTHS = 36;

export interface MonthlyChartOptions {
  /** The district; null for the whole force area. */
  area: District | null;
  /** Last month shown; default the latest month in the data. */
  end?: Month;
  /** Months shown, at least 24; default 36. */
  months?: number;
  /** One crime type (trend only); default total recorded crime (excluding anti-social behaviour). */
  crimeType?: CrimeType;
}

interface MonthlySeries {
  window: MonthWindow;
  what: string;
  where: string;
  points: { month: Month; count: number | null }[];
}

function monthlySeries(data: CrimeDataset, options: MonthlyChartOptions): MonthlySeries {
  const end = options.end ?? data.latestMonth;
  if (end === null) throw new ReportError('chart-no-data', 'The data source has no months of data to chart.');
  const months = options.months ?? DEFAULT_TREND_MONTHS;
  if (!Number.isInteger(months) || months < MIN_TREND_MONTHS || months > 120) {
    throw new ReportError(
      'chart-bad-option',
      `A monthly chart shows 24 to 120 months; ${String(months)} was asked for.`,
    );
  }
  const window = { from: addMonths(end, -(months - 1)), to: end };
  const query: CrimeQuery = {
    window,
    ...(options.area === null ? {} : { district: options.area }),
    ...(options.crimeType === undefined ? RECORDED_CRIME : { crimeTypes: [options.crimeType] }),
  };
  const points = data.monthlySeries(query);
  if (points.filter((p) => p.count !== null).length < MIN_TREND_MONTHS) {
    throw new ReportError(
      'chart-no-data',
      `The data has fewer than ${MIN_TREND_MONTHS} months with figures in ${windowLabel(window)}; a trend needs at least ${MIN_TREND_MONTHS}.`,
    );
  }
  const what =
    options.crimeType === undefined ? 'recorded crime' : crimeTypeName(options.crimeType).toLowerCase();
  return { window, what, where: options.area ?? 'the force area', points };
}

/** The data rows both monthly specs draw: a UTC date per month so labels agree in every time zone. */
function rows(series: MonthlySeries) {
  return series.points.map((p) => ({ date: `${p.month}-01`, month: monthLabel(p.month), count: p.count }));
}

const X_MONTH = {
  field: 'date',
  type: 'temporal',
  timeUnit: 'utcyearmonth',
  title: null,
  axis: { format: '%b %Y', labelAngle: -45, tickCount: { interval: 'month', step: 3 }, grid: false },
};

function highestLowest(series: MonthlySeries): string {
  const present = series.points.filter((p): p is { month: Month; count: number } => p.count !== null);
  const high = present.reduce((a, b) => (b.count > a.count ? b : a));
  const low = present.reduce((a, b) => (b.count < a.count ? b : a));
  return `Highest: ${formatCount(high.count)} in ${monthLabel(high.month)}. Lowest: ${formatCount(low.count)} in ${monthLabel(low.month)}.`;
}

/** Latest 12 months against the 12 before (the series has at least 24 months). */
function direction(series: MonthlySeries): string {
  const counts = series.points.map((p) => p.count);
  const last = counts.slice(-12);
  const before = counts.slice(-24, -12);
  if (last.includes(null) || before.includes(null))
    return 'Some months have no data, so no yearly change is given.';
  const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
  const change = changeWords(sum(before), sum(last));
  return `The latest 12 months total ${formatCount(sum(last))}${change === null ? '' : `, ${change} on the 12 months before`}.`;
}

function monthFigures(series: MonthlySeries): ChartFigure[] {
  return series.points.map((p) => ({
    where: monthLabel(p.month),
    value: p.count === null ? 'no data' : formatCount(p.count),
  }));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function monthlyTrendChart(data: CrimeDataset, options: MonthlyChartOptions): ChartModel {
  const series = monthlySeries(data, options);
  const title = `${capitalised(series.what)} by month, ${series.where}, ${windowLabel(series.window)}`;
  const spec = withData(trendTemplate(), { table: rows(series) });
  return {
    kind: 'monthly-trend',
    title,
    description:
      `Line chart of monthly ${series.what} in ${series.where} from ${monthLabel(series.window.from)} to ` +
      `${monthLabel(series.window.to)} (${series.points.length} months). ${highestLowest(series)} ${direction(series)}`,
    source: data.source.label,
    spec,
    figures: monthFigures(series),
  };
}

export const SIGNAL_LABELS = {
  none: 'Within limits',
  'beyond-limits': 'Beyond a control limit',
  run: 'Run of 7+ on one side of the mean',
} as const;

function signalWords(series: MonthlySeries, result: SpcResult): string {
  const outside = result.points.filter((p) => p.signal === 'beyond-limits');
  const month = (i: number) => monthLabel(series.points[i]!.month);
  let text =
    outside.length === 0
      ? 'No month is outside the control limits.'
      : `${outside.length} ${outside.length === 1 ? 'month is' : 'months are'} outside the control limits: ` +
        outside
          .map(
            (p) =>
              `${month(p.index)} (${formatCount(p.value ?? 0)}, ${(p.value ?? 0) > result.mean ? 'above' : 'below'})`,
          )
          .join(', ') +
        '.';
  for (const run of result.runs) {
    text += ` A run of ${run.to - run.from + 1} months ${run.side} the mean from ${month(run.from)} to ${month(run.to)}.`;
  }
  if (result.runs.length === 0) text += ' No run of 7 or more months on one side of the mean.';
  return text;
}

export function spcChart(data: CrimeDataset, options: Omit<MonthlyChartOptions, 'crimeType'>): ChartModel {
  const series = monthlySeries(data, { ...options, crimeType: undefined });
  const result = spc(series.points.map((p) => p.count));
  const title = `Recorded crime by month with control limits, ${series.where}, ${windowLabel(series.window)}`;
  const base = rows(series);
  const beyond = (i: number) => result.points[i]!.signal === 'beyond-limits';
  const values = base.map((row, i) => ({
    ...row,
    signal: SIGNAL_LABELS[result.points[i]!.signal],
    // A word beside each point beyond a limit, so the signal does not rest on colour or shape alone:
    // above a point over the mean, below one under it (away from the other points), written
    // upright so neighbouring months' labels never overlap (test/unit/charts/label-layout.test.ts).
    flag: beyond(i) && (row.count ?? 0) > result.mean ? formatCount(row.count ?? 0) : '',
    flagBelow: beyond(i) && (row.count ?? 0) <= result.mean ? formatCount(row.count ?? 0) : '',
  }));
  const limits = [
    { name: 'Upper control limit', value: result.upperLimit, dash: 'limit' },
    { name: 'Mean', value: result.mean, dash: 'mean' },
    { name: 'Lower control limit', value: result.lowerLimit, dash: 'limit' },
  ].map((l) => ({ ...l, label: `${l.name} ${formatCount(l.value)}`, date: base[base.length - 1]!.date }));
  const spec = withData(spcTemplate(), { table: values, limits, room: flagRoom(values, limits) });
  return {
    kind: 'spc-total-crime',
    title,
    description:
      `Control chart of monthly recorded crime in ${series.where} from ${monthLabel(series.window.from)} to ` +
      `${monthLabel(series.window.to)} (${series.points.length} months). Mean ${formatCount(result.mean)} a month; ` +
      `control limits ${formatCount(result.lowerLimit)} to ${formatCount(result.upperLimit)} ` +
      `(mean ± 3 sigma, sigma from the average moving range). ${highestLowest(series)} ${direction(series)} ` +
      signalWords(series, result),
    source: data.source.label,
    spec,
    figures: [
      ...monthFigures(series),
      { where: 'Mean', value: formatCount(result.mean) },
      { where: 'Upper control limit', value: formatCount(result.upperLimit) },
      { where: 'Lower control limit', value: formatCount(result.lowerLimit) },
      {
        where: 'Months outside the control limits',
        value: result.points.filter((p) => p.signal === 'beyond-limits').length.toString(),
      },
    ],
  };
}

const Y_COUNT = {
  field: 'count',
  type: 'quantitative',
  title: 'Recorded crimes a month',
  scale: { zero: false },
};

/** The trend's spec without data (dataset "table": date, month, count): compiled to Vega ahead of time. */
export function trendTemplate(): VegaLiteTemplate {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH,
    height: 260,
    config: chartConfig(),
    data: { name: 'table' },
    mark: {
      type: 'line',
      color: DARK,
      strokeWidth: 2,
      point: { filled: true, opacity: 1, size: 30, color: DARK },
    },
    encoding: { x: X_MONTH, y: Y_COUNT },
  };
}

/**
 * Values just beyond the data on each side that has a flag, so the count axis reaches far enough
 * for the upright flag (about 34 px of the chart's 280) to sit inside the plot, clear of the month
 * labels below it and the top edge above it.
 */
function flagRoom(
  values: readonly { count: number | null; flag: string; flagBelow: string }[],
  limits: readonly { value: number }[],
): { value: number }[] {
  const all = [
    ...values.map((v) => v.count).filter((c): c is number => c !== null),
    ...limits.map((l) => l.value),
  ];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const pad = (high - low) * 0.2;
  return [
    ...(values.some((v) => v.flag !== '') ? [{ value: high + pad }] : []),
    ...(values.some((v) => v.flagBelow !== '') ? [{ value: low - pad }] : []),
  ];
}

/** The label by a point beyond a control limit. */
const FLAG = {
  type: 'text',
  angle: 270,
  baseline: 'middle',
  fontSize: 10,
  fontWeight: 'bold',
  fill: ALERT,
} as const;

/** The SPC chart's spec without data: datasets "table" (date, count, signal, flag, flagBelow), "limits" (value, dash, label, date) and "room" (value). */
export function spcTemplate(): VegaLiteTemplate {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 110,
    height: 280,
    config: chartConfig(),
    data: { name: 'table' },
    layer: [
      // Invisible: stretches the count axis so the flags above and below the data fit inside it.
      {
        data: { name: 'room' },
        mark: { type: 'rule', opacity: 0, aria: false },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      {
        data: { name: 'limits' },
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          color: { value: TEXT_COLOUR },
          // Limits dashed, the mean solid: told apart without colour.
          strokeDash: {
            field: 'dash',
            type: 'nominal',
            scale: {
              domain: ['limit', 'mean'],
              range: [
                [6, 4],
                [1, 0],
              ],
            },
            legend: null,
          },
        },
      },
      {
        data: { name: 'limits' },
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 10 },
        encoding: {
          x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonth' },
          y: { field: 'value', type: 'quantitative' },
          text: { field: 'label' },
        },
      },
      { mark: { type: 'line', color: DARK, strokeWidth: 1.5 }, encoding: { x: X_MONTH, y: Y_COUNT } },
      {
        mark: { type: 'point', filled: true, opacity: 1, size: 45, stroke: '#FFFFFF', strokeWidth: 0.5 },
        encoding: {
          x: X_MONTH,
          y: Y_COUNT,
          shape: {
            field: 'signal',
            type: 'nominal',
            title: null,
            scale: { domain: Object.values(SIGNAL_LABELS), range: ['circle', 'triangle-up', 'square'] },
          },
          color: {
            field: 'signal',
            type: 'nominal',
            title: null,
            scale: { domain: Object.values(SIGNAL_LABELS), range: [DARK, ALERT, RUN] },
          },
        },
      },
      // Upright (a label is then only as wide as its line height), starting just clear of the point.
      {
        mark: { ...FLAG, align: 'left', dx: 7 },
        encoding: { x: X_MONTH, y: Y_COUNT, text: { field: 'flag' } },
      },
      {
        mark: { ...FLAG, align: 'right', dx: -7 },
        encoding: { x: X_MONTH, y: Y_COUNT, text: { field: 'flagBelow' } },
      },
    ],
  };
}
