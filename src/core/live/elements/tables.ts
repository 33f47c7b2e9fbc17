/**
 * The standard live tables of a Strategic Assessment: recorded crime by category year on year,
 * crime per 1,000 people by district, and the LSOAs with most crime. Each is a pure query over a
 * CrimeDataset giving a LiveTable and its figures (named by row and a column name that does not
 * change when the period moves on, so a refresh diff pairs old and new values).
 */
import { ANTI_SOCIAL_BEHAVIOUR } from '../../data/crime-types';
import { RECORDED_CRIME } from '../../data/dataset';
import { ReportError } from '../../errors';
import { renderTableOrFigure } from '../blocks';
import {
  changeFraction,
  formatCount,
  formatDecimal,
  formatSignedCount,
  formatSignedPercent,
  NOT_AVAILABLE,
} from '../format';
import type {
  LabelledValue,
  LiveElement,
  LiveElementInput,
  LiveRendering,
  LiveTableColumn,
  LiveTableRow,
} from '../model';
import { districtIn, periodsFor, sourceLine, typeName, type Periods } from './common';

/** The cells of a comparison: previous, current, change, % change (n/a without a complete previous). */
function comparison(current: number, previous: number, periods: Periods): string[] {
  if (!periods.previousComplete) return [NOT_AVAILABLE, formatCount(current), NOT_AVAILABLE, NOT_AVAILABLE];
  const fraction = changeFraction(current, previous);
  return [
    formatCount(previous),
    formatCount(current),
    formatSignedCount(current - previous),
    fraction === null ? NOT_AVAILABLE : formatSignedPercent(fraction),
  ];
}

const COMPARISON_NAMES = ['previous 12 months', 'last 12 months', 'change', '% change'];

/** The header of a comparison table: what each row is, then the cells `comparison` gives. */
function comparisonColumns(first: string, periods: Periods): LiveTableColumn[] {
  return [
    { header: first, align: 'left' },
    { header: periods.previousLabel, align: 'right' },
    { header: periods.currentLabel, align: 'right' },
    { header: 'Change', align: 'right' },
    { header: '% change', align: 'right' },
  ];
}

function figuresOf(rows: readonly LiveTableRow[], names: readonly string[], period: string): LabelledValue[] {
  const figures: LabelledValue[] = [{ where: 'Period', value: period }];
  for (const row of rows) {
    const label = row.cells[0] ?? '';
    row.cells.slice(1).forEach((value, i) => figures.push({ where: `${label}, ${names[i] ?? ''}`, value }));
  }
  return figures;
}

export const crimeByCategoryYoy: LiveElement = {
  name: 'crime-by-category-yoy',
  label: 'Recorded crime by category, year on year',
  kind: 'table',
  compute(input: LiveElementInput): LiveRendering {
    const { data } = input;
    const district = districtIn(data, input.area);
    const periods = periodsFor(input);
    const now = data.countBy({ window: periods.current, district }, 'crimeType');
    const before = data.countBy({ window: periods.previous, district }, 'crimeType');
    const rows: LiveTableRow[] = [];
    let totalNow = 0;
    let totalBefore = 0;
    for (const type of data.crimeTypes) {
      if (type === ANTI_SOCIAL_BEHAVIOUR) continue;
      const a = now.get(type) ?? 0;
      const b = before.get(type) ?? 0;
      if (a === 0 && b === 0) continue;
      totalNow += a;
      totalBefore += b;
      rows.push({ cells: [typeName(data, type), ...comparison(a, b, periods)] });
    }
    rows.push({
      cells: ['Total recorded crime', ...comparison(totalNow, totalBefore, periods)],
      kind: 'total',
    });
    const asbNow = now.get(ANTI_SOCIAL_BEHAVIOUR) ?? 0;
    const asbBefore = before.get(ANTI_SOCIAL_BEHAVIOUR) ?? 0;
    if (data.crimeTypes.includes(ANTI_SOCIAL_BEHAVIOUR))
      rows.push({ cells: ['Anti-social behaviour', ...comparison(asbNow, asbBefore, periods)] });
    const caption = `Recorded crime by category, ${district}, ${periods.currentLabel} compared with the previous 12 months`;
    return {
      kind: 'table',
      title: caption,
      table: {
        caption,
        columns: comparisonColumns('Crime type', periods),
        rows,
        source: sourceLine(data, periods),
        description:
          `Recorded crime in ${district} by crime type: counts for ${periods.previousLabel} and ${periods.currentLabel}, ` +
          'the change and the percentage change. Total recorded crime excludes anti-social behaviour, shown below it.',
      },
      figures: figuresOf(rows, COMPARISON_NAMES, periods.currentLabel),
    };
  },
  render: renderTableOrFigure,
};

export const ratePer1000ByDistrict: LiveElement = {
  name: 'rate-per-1000-by-district',
  label: 'Crime per 1,000 people by district',
  kind: 'table',
  needsPopulation: true,
  compute(input: LiveElementInput): LiveRendering {
    const { data, population } = input;
    const district = districtIn(data, input.area);
    const periods = periodsFor(input);
    if (!population) {
      throw new ReportError(
        'live-population-missing',
        'Crime rates need a population table (area, year, population); add one with the data.',
      );
    }
    const year = Number(periods.current.to.slice(0, 4));
    const counts = data.countBy({ window: periods.current, ...RECORDED_CRIME }, 'district');
    const years = new Set<number>();
    const entries = data.districts.map((name) => {
      const crimes = counts.get(name) ?? 0;
      const row = population.latest(name, year);
      if (row?.population) years.add(row.year);
      const rate = row?.population ? (crimes * 1000) / row.population : null;
      return { name, crimes, population: row?.population ?? null, rate };
    });
    const ranked = entries
      .filter((e) => e.rate !== null)
      .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || a.name.localeCompare(b.name));
    const rank = new Map(ranked.map((e, i) => [e.name, i + 1]));
    const ordered = [...ranked, ...entries.filter((e) => e.rate === null)];
    const rows: LiveTableRow[] = ordered.map((e) => ({
      cells: [
        e.name,
        formatCount(e.crimes),
        e.population === null ? NOT_AVAILABLE : formatCount(e.population),
        e.rate === null ? NOT_AVAILABLE : formatDecimal(e.rate),
        rank.has(e.name) ? String(rank.get(e.name)) : NOT_AVAILABLE,
      ],
      ...(e.name === district ? { emphasis: 'highlight' as const } : {}),
    }));
    const populationYears = [...years].sort().join(', ');
    const caption = `Recorded crime per 1,000 people by district, ${periods.currentLabel}`;
    return {
      kind: 'table',
      title: caption,
      table: {
        caption,
        columns: [
          { header: 'District', align: 'left' },
          { header: 'Crimes', align: 'right' },
          { header: 'Population', align: 'right' },
          { header: 'Rate per 1,000', align: 'right' },
          { header: 'Rank', align: 'right' },
        ],
        rows,
        source: sourceLine(
          data,
          null,
          `; population: ${population.source.label}${populationYears ? ` (${populationYears})` : ''}`,
        ),
        description:
          `Recorded crime (excluding anti-social behaviour) in ${periods.currentLabel} for each district, its population, ` +
          `the rate per 1,000 people and its rank, highest rate first. ${district} is highlighted.`,
      },
      figures: figuresOf(rows, ['crimes', 'population', 'rate per 1,000', 'rank'], periods.currentLabel),
    };
  },
  render: renderTableOrFigure,
};

export const topLsoas: LiveElement = {
  name: 'top-lsoas',
  label: 'Neighbourhoods (LSOAs) with most crime',
  kind: 'table',
  compute(input: LiveElementInput): LiveRendering {
    const { data } = input;
    const district = districtIn(data, input.area);
    const periods = periodsFor(input);
    const count = Math.max(1, Math.min(50, Number(input.options['count'] ?? '10') || 10));
    const now = data.countBy({ window: periods.current, district, ...RECORDED_CRIME }, 'lsoa');
    const before = data.countBy({ window: periods.previous, district, ...RECORDED_CRIME }, 'lsoa');
    const names = new Map<string, string>();
    for (const area of data.areas)
      if (area.lsoaCode) names.set(area.lsoaCode, area.lsoaName ?? area.lsoaCode);
    const top = [...now]
      .filter((entry): entry is [string, number] => entry[0] !== null)
      .map(([code, crimes]) => ({ code, name: names.get(code) ?? code, crimes }))
      .sort((a, b) => b.crimes - a.crimes || a.name.localeCompare(b.name))
      .slice(0, count);
    const rows: LiveTableRow[] = top.map((lsoa) => ({
      cells: [`${lsoa.name} (${lsoa.code})`, ...comparison(lsoa.crimes, before.get(lsoa.code) ?? 0, periods)],
    }));
    const caption = `The ${top.length} neighbourhoods (LSOAs) in ${district} with most recorded crime, ${periods.currentLabel}`;
    return {
      kind: 'table',
      title: caption,
      table: {
        caption,
        columns: comparisonColumns('LSOA', periods),
        rows,
        source: sourceLine(data, periods),
        description:
          `The lower layer super output areas in ${district} with most recorded crime (excluding anti-social behaviour) ` +
          `in ${periods.currentLabel}, with the 12 months before and the change.`,
      },
      figures: figuresOf(rows, COMPARISON_NAMES, periods.currentLabel),
    };
  },
  render: renderTableOrFigure,
};
