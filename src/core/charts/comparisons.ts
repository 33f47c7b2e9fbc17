/** `chart:category-yoy` and `chart:rate-per-1000-by-district`: bars comparing periods and districts. */
import { ANTI_SOCIAL_BEHAVIOUR, crimeTypeName } from '../data/crime-types';
import { RECORDED_CRIME, type CrimeDataset, type District } from '../data/dataset';
import { monthNumber, previousWindow, twelveMonthsEnding, type Month } from '../data/months';
import type { PopulationTable } from '../data/population';
import { ReportError } from '../errors';
import { changeWords, formatCount, formatRate, ordinal, windowLabel } from './labels';
import type { ChartFigure, ChartModel } from './model';
import { withData, type VegaLiteTemplate } from './templates';
import { ALERT, CHART_WIDTH, chartConfig, DARK, LIGHT, TEXT_COLOUR } from './theme';

export interface ComparisonChartOptions {
  /** The report's district; null for the whole force area (year-on-year only). */
  area: District | null;
  /** Last month of the 12; default the latest month in the data. */
  end?: Month;
}

function periodEnd(data: CrimeDataset, end: Month | undefined): Month {
  const month = end ?? data.latestMonth;
  if (month === null)
    throw new ReportError('chart-no-data', 'The data source has no months of data to chart.');
  return month;
}

export function categoryYoyChart(data: CrimeDataset, options: ComparisonChartOptions): ChartModel {
  const now = twelveMonthsEnding(periodEnd(data, options.end));
  const before = previousWindow(now);
  const missing = [...data.missingMonths(now), ...data.missingMonths(before)];
  if (missing.length > 0) {
    throw new ReportError(
      'chart-no-data',
      `The data has no figures for ${missing.length} of the 24 months compared (first: ${missing[0]}); choose a later period end or add the missing months.`,
    );
  }
  const area = options.area === null ? {} : { district: options.area };
  const current = data.countBy({ window: now, ...area, ...RECORDED_CRIME }, 'crimeType');
  const previous = data.countBy({ window: before, ...area, ...RECORDED_CRIME }, 'crimeType');
  const types = data.crimeTypes.filter(
    (t) => t !== ANTI_SOCIAL_BEHAVIOUR && (current.has(t) || previous.has(t)),
  );
  const byType = types
    .map((t) => ({ name: crimeTypeName(t), now: current.get(t) ?? 0, before: previous.get(t) ?? 0 }))
    .sort((a, b) => b.now - a.now || a.name.localeCompare(b.name));
  if (byType.length === 0)
    throw new ReportError('chart-no-data', 'No recorded crime in the period to chart.');
  const nowLabel = windowLabel(now);
  const beforeLabel = windowLabel(before);
  // "order" sorts types (largest now first) and periods (earlier first) without naming them in the spec.
  const values = byType.flatMap((t, rank) => [
    { type: t.name, rank, period: beforeLabel, order: 0, count: t.before, label: formatCount(t.before) },
    { type: t.name, rank, period: nowLabel, order: 1, count: t.now, label: formatCount(t.now) },
  ]);
  const where = options.area ?? 'the force area';
  const title = `Recorded crime by type, ${where}, ${nowLabel} compared with ${beforeLabel}`;
  const spec = withData(yoyTemplate(), { table: values });
  const totalNow = byType.reduce((a, t) => a + t.now, 0);
  const totalBefore = byType.reduce((a, t) => a + t.before, 0);
  const changes = byType
    .filter((t) => t.before > 0)
    .map((t) => ({ ...t, pct: (t.now - t.before) / t.before }))
    .sort((a, b) => b.pct - a.pct);
  const rise = changes[0];
  const fall = changes[changes.length - 1];
  const largest = byType[0]!;
  let description =
    `Bar chart of recorded crime by type in ${where}, ${nowLabel} (dark bars) against ${beforeLabel} (light bars), ` +
    `${byType.length} crime types, anti-social behaviour not included. ` +
    `Total ${formatCount(totalNow)}, ${changeWords(totalBefore, totalNow) ?? 'not comparable'} on the 12 months before. ` +
    `Largest: ${largest.name} ${formatCount(largest.now)}.`;
  if (rise && rise.pct > 0)
    description += ` Biggest rise: ${rise.name}, ${changeWords(rise.before, rise.now)}.`;
  if (fall && fall.pct < 0)
    description += ` Biggest fall: ${fall.name}, ${changeWords(fall.before, fall.now)}.`;
  const figures: ChartFigure[] = byType.flatMap((t) => [
    { where: `${t.name}, ${beforeLabel}`, value: formatCount(t.before) },
    { where: `${t.name}, ${nowLabel}`, value: formatCount(t.now) },
  ]);
  return { kind: 'category-yoy', title, description, source: data.source.label, spec, figures };
}

export interface DistrictRate {
  district: District;
  crimes: number;
  population: number;
  populationYear: number;
  rate: number;
}

/** Rates per 1,000 for every district with a population, and the force area's (all of them together). */
export function districtRates(
  data: CrimeDataset,
  population: PopulationTable,
  end: Month,
): { rates: DistrictRate[]; force: DistrictRate; missing: District[] } {
  const window = twelveMonthsEnding(end);
  const year = Math.floor(monthNumber(end) / 12);
  const counts = data.countBy({ window, ...RECORDED_CRIME }, 'district');
  const rates: DistrictRate[] = [];
  const missing: District[] = [];
  for (const district of data.districts) {
    const row = population.latest(district, year);
    if (!row || row.population === null || row.population <= 0) {
      missing.push(district);
      continue;
    }
    const crimes = counts.get(district) ?? 0;
    rates.push({
      district,
      crimes,
      population: row.population,
      populationYear: row.year,
      rate: (crimes / row.population) * 1000,
    });
  }
  const crimes = rates.reduce((a, r) => a + r.crimes, 0);
  const people = rates.reduce((a, r) => a + r.population, 0);
  const force: DistrictRate = {
    district: 'Force area',
    crimes,
    population: people,
    populationYear: Math.max(0, ...rates.map((r) => r.populationYear)),
    rate: people === 0 ? 0 : (crimes / people) * 1000,
  };
  rates.sort((a, b) => b.rate - a.rate || a.district.localeCompare(b.district));
  return { rates, force, missing };
}

export const THIS_REPORT = ' (this report)';

export function ratePer1000Chart(
  data: CrimeDataset,
  population: PopulationTable,
  options: ComparisonChartOptions,
): ChartModel {
  const end = periodEnd(data, options.end);
  const window = twelveMonthsEnding(end);
  const missingMonths = data.missingMonths(window);
  if (missingMonths.length > 0) {
    throw new ReportError(
      'chart-no-data',
      `The data has no figures for ${missingMonths.length} of the 12 months (first: ${missingMonths[0]}); a rate over a part year would mislead.`,
    );
  }
  const { rates, force, missing } = districtRates(data, population, end);
  if (rates.length === 0) {
    throw new ReportError('chart-no-data', 'No district has a population figure, so no rate can be charted.');
  }
  const own = options.area;
  if (own !== null && !rates.some((r) => r.district === own)) {
    throw new ReportError(
      'chart-bad-option',
      `"${own}" is not a district with data and a population figure (${rates.map((r) => r.district).join(', ')}).`,
    );
  }
  const label = (d: District) => (d === own ? `${d}${THIS_REPORT}` : d);
  const values = rates.map((r, rank) => ({
    district: label(r.district),
    rank,
    rate: Math.round(r.rate * 10) / 10,
    text: formatRate(r.rate),
    own: r.district === own,
  }));
  const forceRate = Math.round(force.rate * 10) / 10;
  const period = windowLabel(window);
  const title = `Recorded crime per 1,000 people by district, ${period}`;
  const spec = withData(ratesTemplate(), {
    table: values,
    force: [{ rate: forceRate, label: `Force area ${formatRate(force.rate)}` }],
  });
  const rank = own === null ? -1 : rates.findIndex((r) => r.district === own);
  const first = rates[0]!;
  const last = rates[rates.length - 1]!;
  let description =
    `Bar chart of recorded crime per 1,000 people in ${period} for ${rates.length} districts of the force area, ` +
    `highest first, with the force-area rate of ${formatRate(force.rate)} as a dashed line. `;
  if (own !== null) {
    const mine = rates[rank]!;
    description +=
      `${own} (this report, dark bar): ${formatRate(mine.rate)}, ${ordinal(rank + 1)} highest of ${rates.length}, ` +
      `${mine.rate > force.rate ? 'above' : mine.rate < force.rate ? 'below' : 'equal to'} the force-area rate. `;
  }
  description += `Highest: ${first.district} ${formatRate(first.rate)}. Lowest: ${last.district} ${formatRate(last.rate)}.`;
  if (missing.length > 0) description += ` Not shown (no population figure): ${missing.join(', ')}.`;
  const figures: ChartFigure[] = [
    ...rates.map((r) => ({ where: `${r.district} rate per 1,000`, value: formatRate(r.rate) })),
    { where: 'Force area rate per 1,000', value: formatRate(force.rate) },
  ];
  return { kind: 'rate-per-1000-by-district', title, description, source: data.source.label, spec, figures };
}

/** Year-on-year bars without data: dataset "table" (type, rank, period, order, count, label). */
export function yoyTemplate(): VegaLiteTemplate {
  const y = { field: 'type', type: 'nominal', title: null, sort: { field: 'rank', op: 'min' } };
  const x = { field: 'count', type: 'quantitative', title: 'Recorded crimes in 12 months' };
  const yOffset = { field: 'period', sort: { field: 'order', op: 'min' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 170,
    height: { step: 11 },
    config: chartConfig(),
    data: { name: 'table' },
    layer: [
      {
        // The earlier period is light with a dark outline, the latest solid dark: apart in greyscale too.
        mark: { type: 'bar', stroke: DARK, strokeWidth: 0.75 },
        encoding: {
          y,
          x,
          yOffset,
          fill: {
            field: 'period',
            type: 'nominal',
            title: null,
            sort: { field: 'order', op: 'min' },
            scale: { range: [LIGHT, DARK] },
          },
        },
      },
      {
        // 10 px, the smallest text any chart uses (readable at 1:1 in the task pane's preview).
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, fill: TEXT_COLOUR },
        encoding: { y, x, yOffset, text: { field: 'label' } },
      },
    ],
  };
}

/** District rate bars without data: datasets "table" (district, rank, rate, text, own) and "force" (rate, label). */
export function ratesTemplate(): VegaLiteTemplate {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 200,
    height: { step: 22 },
    config: chartConfig(),
    data: { name: 'table' },
    encoding: {
      y: {
        field: 'district',
        type: 'nominal',
        title: null,
        sort: { field: 'rank', op: 'min' },
        // The report's district is named "(this report)" and set in bold: not marked by colour alone.
        axis: {
          labelFontWeight: { expr: `indexof(datum.value, '${THIS_REPORT.trim()}') >= 0 ? 'bold' : 'normal'` },
        },
      },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: DARK, strokeWidth: 0.75 },
        encoding: {
          x: { field: 'rate', type: 'quantitative', title: 'Recorded crimes per 1,000 people' },
          fill: { condition: { test: 'datum.own', value: DARK }, value: LIGHT },
          strokeWidth: { condition: { test: 'datum.own', value: 2.5 }, value: 0.75 },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
        encoding: { x: { field: 'rate', type: 'quantitative' }, text: { field: 'text' } },
      },
      {
        data: { name: 'force' },
        mark: { type: 'rule', color: ALERT, strokeWidth: 1.5, strokeDash: [6, 4] },
        encoding: { x: { field: 'rate', type: 'quantitative' }, y: null },
      },
      {
        data: { name: 'force' },
        mark: {
          type: 'text',
          color: ALERT,
          align: 'left',
          baseline: 'bottom',
          dx: 4,
          dy: -2,
          fontSize: 10,
          y: 0,
        },
        encoding: { x: { field: 'rate', type: 'quantitative' }, y: null, text: { field: 'label' } },
      },
    ],
  };
}
