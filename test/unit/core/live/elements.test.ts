import { PopulationTable } from '../../../../src/core/data';
import {
  builtInElements,
  elementCatalogue,
  formatCount,
  formatPercent,
  formatSignedPercent,
  monthLabel,
  periodLabel,
  financialYearOf,
  type LiveElement,
  type LiveRendering,
} from '../../../../src/core/live';
import { ReportError } from '../../../../src/core/errors';
import { countRows, datasetOf, districtOf, LSOAS, makeRows, months, TYPES, type Row } from './small-csv';

const catalogue = elementCatalogue(builtInElements());
const findElement = (name: string) => catalogue.find(name);

const MONTHS = months('2016-01', 24); // Jan 2016 – Dec 2017
const rows = makeRows(MONTHS);
const inWindow = (row: Row, from: string, to: string) => row.month >= from && row.month <= to;
const pct = (now: number, before: number) => {
  const value = Math.round(((now - before) / before) * 1000) / 10;
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
};
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function table(rendering: LiveRendering) {
  if (rendering.kind !== 'table') throw new Error('not a table');
  return rendering.table;
}

function compute(
  name: string,
  extra: { area?: string; periodEnd?: string; population?: PopulationTable } = {},
) {
  return datasetOf(rows).then((data) =>
    findElement(name)!.compute({
      data,
      population: extra.population ?? null,
      area: extra.area ?? 'Maidstone',
      periodEnd: extra.periodEnd ?? '2017-12',
      options: {},
    }),
  );
}

describe('en-GB formatting and period labels', () => {
  test('numbers', () => {
    expect(formatCount(16987)).toBe('16,987');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatPercent(0.042)).toBe('4.2%');
    expect(formatSignedPercent(0.0425)).toBe('+4.3%');
    expect(formatSignedPercent(-0.031)).toBe('-3.1%');
    expect(formatSignedPercent(0.00001)).toBe('0.0%');
  });
  test('periods', () => {
    expect(monthLabel('2017-10')).toBe('Oct 2017');
    expect(periodLabel({ from: '2016-11', to: '2017-10' })).toBe('Nov 2016 – Oct 2017');
    expect(periodLabel({ from: '2017-04', to: '2018-03' })).toBe('2017/18');
    expect(periodLabel({ from: '1999-04', to: '2000-03' })).toBe('1999/00');
    expect(financialYearOf('2018-02')).toBe('2017/18');
    expect(financialYearOf('2018-04')).toBe('2018/19');
  });
});

describe('crime-by-category-yoy', () => {
  test('rows match counts worked out from the CSV rows, total excludes ASB, ASB below the total', async () => {
    const t = table(await compute('crime-by-category-yoy'));
    expect(t.caption).toBe(
      'Recorded crime by category, Maidstone, Jan 2017 – Dec 2017 compared with the previous 12 months',
    );
    expect(t.columns.map((c) => c.header)).toEqual([
      'Crime type',
      'Jan 2016 – Dec 2016',
      'Jan 2017 – Dec 2017',
      'Change',
      '% change',
    ]);
    expect(t.columns.slice(1).every((c) => c.align === 'right')).toBe(true);
    const maidstone = rows.filter((r) => districtOf(r) === 'Maidstone');
    const expectRow = (label: string, test: (r: Row) => boolean) => {
      const now = countRows(maidstone, (r) => test(r) && inWindow(r, '2017-01', '2017-12'));
      const before = countRows(maidstone, (r) => test(r) && inWindow(r, '2016-01', '2016-12'));
      return [label, String(before), String(now), signed(now - before), pct(now, before)];
    };
    const crimeTypes = TYPES.filter((type) => type !== 'Anti-social behaviour');
    const expected = [
      ...crimeTypes.map((type) => expectRow(type, (r) => r.type === type)),
      expectRow('Total recorded crime', (r) => r.type !== 'Anti-social behaviour'),
      expectRow('Anti-social behaviour', (r) => r.type === 'Anti-social behaviour'),
    ];
    expect(t.rows.map((r) => r.cells)).toEqual(expected);
    expect(t.rows[crimeTypes.length]?.kind).toBe('total');
    expect(t.source).toBe('police.uk street-level data, retrieved 12 Jan 2018');
  });

  test('a missing month in the current 12 is refused; in the previous 12 the changes read n/a', async () => {
    const gap = rows.filter((r) => r.month !== '2017-05');
    const data = await datasetOf(gap);
    const element = findElement('crime-by-category-yoy')!;
    const input = { data, population: null, area: 'Maidstone', periodEnd: '2017-12', options: {} };
    expect(() => element.compute(input)).toThrow(ReportError);
    expect(() => element.compute(input)).toThrow(/May 2017/);
    const earlierGap = await datasetOf(rows.filter((r) => r.month !== '2016-05'));
    const t = table(element.compute({ ...input, data: earlierGap }));
    expect(t.rows[0]?.cells[1]).toBe('n/a');
    expect(t.rows[0]?.cells[4]).toBe('n/a');
    expect(t.source).toMatch(/lack May 2016/);
  });

  test('an area not in the data is a ReportError naming the areas there are', async () => {
    await expect(compute('crime-by-category-yoy', { area: 'Atlantis' })).rejects.toThrow(/Maidstone, Swale/);
  });
});

describe('rate-per-1000-by-district', () => {
  test('rates and ranks from the population table, own district highlighted', async () => {
    const population = new PopulationTable(
      { kind: 'tidy-csv', label: 'ONS mid-year estimates', retrieved: null, files: [] },
      [
        { area: 'Maidstone', year: 2017, population: 170000, note: null },
        { area: 'Swale', year: 2016, population: 148000, note: null },
      ],
    );
    const t = table(await compute('rate-per-1000-by-district', { population }));
    const crimes = (d: string) =>
      countRows(
        rows,
        (r) => districtOf(r) === d && r.type !== 'Anti-social behaviour' && inWindow(r, '2017-01', '2017-12'),
      );
    const rate = (d: string, p: number) => ((crimes(d) * 1000) / p).toFixed(1);
    const m = {
      name: 'Maidstone',
      rate: Number(rate('Maidstone', 170000)),
      cells: ['Maidstone', formatCount(crimes('Maidstone')), '170,000', rate('Maidstone', 170000)],
    };
    const s = {
      name: 'Swale',
      rate: Number(rate('Swale', 148000)),
      cells: ['Swale', formatCount(crimes('Swale')), '148,000', rate('Swale', 148000)],
    };
    const ordered = [m, s].sort((a, b) => b.rate - a.rate);
    expect(t.rows.map((r) => r.cells)).toEqual(ordered.map((e, i) => [...e.cells, String(i + 1)]));
    expect(t.rows.find((r) => r.cells[0] === 'Maidstone')?.emphasis).toBe('highlight');
    expect(t.source).toContain('population: ONS mid-year estimates (2016, 2017)');
  });

  test('without a population table it says what is needed', async () => {
    await expect(compute('rate-per-1000-by-district')).rejects.toThrow(/population/);
  });
});

describe('top-lsoas', () => {
  test('the LSOAs with most recorded crime, with the change', async () => {
    const t = table(await compute('top-lsoas'));
    const maidstone = LSOAS.filter((l) => l.name.startsWith('Maidstone'));
    const expected = maidstone
      .map((l) => {
        const test = (r: Row) => r.lsoaCode === l.code && r.type !== 'Anti-social behaviour';
        const now = countRows(rows, (r) => test(r) && inWindow(r, '2017-01', '2017-12'));
        const before = countRows(rows, (r) => test(r) && inWindow(r, '2016-01', '2016-12'));
        return { l, now, before };
      })
      .sort((a, b) => b.now - a.now || a.l.name.localeCompare(b.l.name))
      .map(({ l, now, before }) => [
        `${l.name} (${l.code})`,
        String(before),
        String(now),
        signed(now - before),
        pct(now, before),
      ]);
    expect(t.rows.map((r) => r.cells)).toEqual(expected);
  });
});

describe('figures', () => {
  test('total crime and its change, in a sentence', async () => {
    const maidstone = rows.filter((r) => districtOf(r) === 'Maidstone' && r.type !== 'Anti-social behaviour');
    const now = countRows(maidstone, (r) => inWindow(r, '2017-01', '2017-12'));
    const before = countRows(maidstone, (r) => inWindow(r, '2016-01', '2016-12'));
    const total = await compute('figure:total-crime');
    expect(total.kind === 'figure' && total.value).toBe(formatCount(now));
    expect(total.kind === 'figure' && total.text).toContain(`Maidstone recorded ${formatCount(now)} crimes`);
    const change = await compute('figure:total-crime-change-pct');
    const fraction = Math.abs(Math.round(((now - before) / before) * 1000) / 10).toFixed(1);
    expect(change.kind === 'figure' && change.text).toMatch(
      new RegExp(
        `^Total recorded crime in Maidstone (rose|fell) by ${fraction.replace('.', '\\.')}% in Jan 2017 – Dec 2017`,
      ),
    );
  });

  test('a category figure is resolved from its name', async () => {
    const burglary = rows.filter((r) => districtOf(r) === 'Maidstone' && r.type === 'Burglary');
    const now = countRows(burglary, (r) => inWindow(r, '2017-01', '2017-12'));
    const before = countRows(burglary, (r) => inWindow(r, '2016-01', '2016-12'));
    const figure = await compute('figure:burglary-change-pct');
    expect(figure.kind === 'figure' && figure.value).toBe(pct(now, before));
    expect(figure.kind === 'figure' && figure.text).toMatch(/^Burglary in Maidstone/);
    expect(findElement('figure:nonsense')).toBeNull();
  });
});

describe('catalogue', () => {
  const extra: LiveElement = {
    name: 'test:extra',
    label: 'Extra',
    kind: 'other',
    compute: () => ({ kind: 'other', title: 'x', source: 'y', figures: [], model: null }),
    render: () => ({ blocks: [] }),
  };

  test('lists the built-ins in order, then the family examples, and gives null for unknown names', () => {
    const names = catalogue.list().map((e) => e.name);
    expect(names.slice(0, 6)).toEqual([
      'crime-by-category-yoy',
      'rate-per-1000-by-district',
      'top-lsoas',
      'figure:total-crime',
      'figure:total-crime-change-pct',
      'spreadsheet-table',
    ]);
    expect(names).toContain('figure:burglary-change-pct');
    expect(new Set(names).size).toBe(names.length);
    // A chart where charts are not offered, or a name from a newer version: null, not a crash.
    expect(catalogue.find('chart:monthly-trend')).toBeNull();
    expect(catalogue.find('chart:unknown-thing')).toBeNull();
  });

  test('holds exactly the groups it was built from: another catalogue is not changed', () => {
    const withExtra = elementCatalogue(builtInElements(), { elements: [extra] });
    expect(withExtra.find('test:extra')).toBe(extra);
    expect(withExtra.list().at(-1)?.name).not.toBe('test:extra'); // family examples come last
    expect(withExtra.list().map((e) => e.name)).toContain('test:extra');
    expect(catalogue.find('test:extra')).toBeNull();
    expect(() => elementCatalogue({ elements: [extra] }, { elements: [extra] })).toThrow(/Two live elements/);
  });

  test('finds an element made from the comments but does not offer it for insertion', () => {
    const fromComments: LiveElement = { ...extra, name: 'test:from-comments', dataFrom: 'comments' };
    const both = elementCatalogue({ elements: [extra, fromComments] });
    expect(both.find('test:from-comments')).toBe(fromComments);
    expect(both.list().map((e) => e.name)).toEqual(['test:extra']);
  });
});
