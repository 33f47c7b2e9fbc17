import { CrimeDatasetBuilder } from '../../../../src/core/data/dataset';
import {
  addMonths,
  isMonth,
  monthsIn,
  previousWindow,
  twelveMonthsEnding,
} from '../../../../src/core/data/months';
import { sampleSource } from '../../../../src/core/data/source';

describe('months', () => {
  it('checks YYYY-MM and steps over year ends', () => {
    expect(['2017-10', '2017-01', '2017-12'].every(isMonth)).toBe(true);
    expect(['2017-13', '2017-00', '2017-1', '17-10', '2017/10', '2017-1a'].some(isMonth)).toBe(false);
    expect(addMonths('2017-01', -1)).toBe('2016-12');
    expect(addMonths('2016-12', 13)).toBe('2018-01');
  });

  it('gives the 12 months ending at a month and the 12 before', () => {
    const window = twelveMonthsEnding('2017-10');
    expect(window).toEqual({ from: '2016-11', to: '2017-10' });
    expect(previousWindow(window)).toEqual({ from: '2015-11', to: '2016-10' });
    expect(monthsIn(window)).toHaveLength(12);
  });
});

describe('CrimeDataset queries', () => {
  // Two districts, two months and a gap: Sep and Nov 2017 present, Oct missing.
  function dataset() {
    const b = new CrimeDatasetBuilder();
    const m014 = b.area('E01', 'Maidstone 014C', 'Maidstone');
    const m001 = b.area('E02', 'Maidstone 001A', 'Maidstone');
    const tw = b.area('E03', 'Tunbridge Wells 001A', 'Tunbridge Wells');
    const nowhere = b.area(null, null, null);
    const burglary = b.crimeType('burglary');
    const asb = b.crimeType('anti-social-behaviour');
    const sep = b.month('2017-09');
    const nov = b.month('2017-11');
    b.add(nov, m014, burglary, 5);
    b.add(nov, m001, burglary, 2);
    b.add(nov, tw, asb, 7);
    b.add(sep, m014, asb, 3);
    b.add(sep, nowhere, burglary, 1);
    b.add(sep, m014, asb, 1); // adds to the same cell
    return b.build(sampleSource());
  }
  const all = { window: { from: '2017-09', to: '2017-11' } };

  it('lists months, districts and types in order', () => {
    const data = dataset();
    expect(data.months).toEqual(['2017-09', '2017-11']);
    expect(data.latestMonth).toBe('2017-11');
    expect(data.districts).toEqual(['Maidstone', 'Tunbridge Wells']);
    expect(data.crimeTypes).toEqual(['anti-social-behaviour', 'burglary']);
  });

  it('counts over a window with filters that combine', () => {
    const data = dataset();
    expect(data.count(all)).toBe(19);
    expect(data.count({ ...all, district: 'Maidstone' })).toBe(11);
    expect(data.count({ ...all, district: 'Maidstone', crimeTypes: ['burglary'] })).toBe(7);
    expect(data.count({ ...all, excludeCrimeTypes: ['anti-social-behaviour'] })).toBe(8);
    expect(data.count({ ...all, lsoaCode: 'E01' })).toBe(9);
    expect(data.count({ window: { from: '2017-10', to: '2017-11' } })).toBe(14);
    expect(data.count({ window: { from: '2016-01', to: '2016-12' } })).toBe(0);
  });

  it('groups by type, district, LSOA and month, with null for unknown places', () => {
    const data = dataset();
    expect(Object.fromEntries(data.countBy(all, 'crimeType'))).toEqual({
      burglary: 8,
      'anti-social-behaviour': 11,
    });
    expect(data.countBy(all, 'district')).toEqual(
      new Map<string | null, number>([
        ['Maidstone', 11],
        ['Tunbridge Wells', 7],
        [null, 1],
      ]),
    );
    expect(data.countBy(all, 'lsoa').get('E02')).toBe(2);
    expect(Object.fromEntries(data.countBy(all, 'month'))).toEqual({ '2017-09': 5, '2017-11': 14 });
  });

  it('shows a month without data as null in a series and as missing, never as 0', () => {
    const data = dataset();
    expect(data.monthlySeries({ ...all, district: 'Tunbridge Wells' })).toEqual([
      { month: '2017-09', count: 0 },
      { month: '2017-10', count: null },
      { month: '2017-11', count: 7 },
    ]);
    expect(data.missingMonths(all.window)).toEqual(['2017-10']);
  });
});

describe('CrimeDatasetBuilder', () => {
  it('counts a cell added in runs, interleaved with other cells and months, like one added row by row', () => {
    // A deterministic mix of long runs of one cell and single rows, so the cell kept aside while a
    // run lasts is written back on every kind of change (area, type, month) and at build.
    const b = new CrimeDatasetBuilder();
    const months = ['2017-01', '2017-02', '2017-03'].map((m) => b.month(m));
    const areas = [b.area('E01', 'Maidstone 001A', 'Maidstone'), b.area('E02', 'Ashford 001A', 'Ashford')];
    const types = [b.crimeType('burglary'), b.crimeType('drugs')];
    const expected = new Map<string, number>();
    let seed = 7;
    for (let row = 0; row < 2000; row++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const run = seed % 5 === 0 ? 1 + (seed % 17) : 1;
      const m = seed % 3;
      const a = (seed >> 3) % 2;
      const t = (seed >> 5) % 2;
      for (let i = 0; i < run; i++) b.add(months[m]!, areas[a]!, types[t]!);
      const key = `${m}/${a}/${t}`;
      expected.set(key, (expected.get(key) ?? 0) + run);
    }
    const data = b.build(sampleSource());
    const monthNames = ['2017-01', '2017-02', '2017-03'];
    const lsoas = ['E01', 'E02'];
    const slugs = ['burglary', 'drugs'];
    for (const [key, count] of expected) {
      const [m, a, t] = key.split('/').map(Number) as [number, number, number];
      const window = { from: monthNames[m]!, to: monthNames[m]! };
      expect(data.count({ window, lsoaCode: lsoas[a], crimeTypes: [slugs[t]!] })).toBe(count);
    }
    const total = [...expected.values()].reduce((x, y) => x + y, 0);
    expect(data.count({ window: { from: '2017-01', to: '2017-03' } })).toBe(total);
  });
});
