import { isKnownCrimeType } from '../../../../src/core/data/crime-types';
import { RECORDED_CRIME } from '../../../../src/core/data/dataset';
import { monthsIn, twelveMonthsEnding } from '../../../../src/core/data/months';
import {
  SAMPLE_DISTRICTS,
  sampleDataset,
  sampleLsoas,
  samplePoliceCsv,
  samplePopulation,
} from '../../../../src/core/data/sample';
import { SAMPLE_LABEL } from '../../../../src/core/data/source';

const KENT = [
  'Ashford',
  'Canterbury',
  'Dartford',
  'Dover',
  'Folkestone and Hythe',
  'Gravesham',
  'Maidstone',
  'Medway',
  'Sevenoaks',
  'Swale',
  'Thanet',
  'Tonbridge and Malling',
  'Tunbridge Wells',
];

describe('the bundled sample', () => {
  const data = sampleDataset();

  it('is labelled synthetic', () => {
    expect(SAMPLE_LABEL).toBe('Synthetic sample data — not real figures');
    expect(data.source).toEqual({ kind: 'sample', label: SAMPLE_LABEL, retrieved: null, files: [] });
    expect(samplePopulation().source.label).toBe(SAMPLE_LABEL);
    expect(data.areas.every((a) => a.synthetic && /^E0199\d{4}$/.test(a.lsoaCode ?? ''))).toBe(true);
  });

  it('covers every district of the Kent force area over at least 48 consecutive months', () => {
    expect(data.districts).toEqual(KENT);
    expect(data.months.length).toBeGreaterThanOrEqual(48);
    const first = data.months[0] as string;
    const last = data.latestMonth as string;
    expect(last).toBe('2025-09');
    expect(data.months).toEqual(monthsIn({ from: first, to: last }));
    expect(data.crimeTypes.every(isKnownCrimeType)).toBe(true);
    expect(data.unknownCrimeTypes).toEqual([]);
  });

  it('has Maidstone recording 1,300–1,500 crimes a month, and anti-social behaviour on top', () => {
    const series = data.monthlySeries({
      window: { from: data.months[0] as string, to: '2025-09' },
      district: 'Maidstone',
      ...RECORDED_CRIME,
    });
    for (const { month, count } of series) {
      expect([month, count !== null && count >= 1300 && count <= 1500]).toEqual([month, true]);
    }
    const asb = data.count({
      window: twelveMonthsEnding('2025-09'),
      district: 'Maidstone',
      crimeTypes: ['anti-social-behaviour'],
    });
    expect(asb).toBeGreaterThan(2000);
  });

  it('has a type mix like real data (violence the largest, robbery small)', () => {
    const byType = data.countBy(
      { window: twelveMonthsEnding('2025-09'), excludeCrimeTypes: ['anti-social-behaviour'] },
      'crimeType',
    );
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    expect((byType.get('violent-crime') ?? 0) / total).toBeGreaterThan(0.35);
    expect((byType.get('robbery') ?? 0) / total).toBeLessThan(0.02);
  });

  it('is the same for the same seed and different for another', () => {
    const window = twelveMonthsEnding('2025-09');
    const again = sampleDataset();
    const other = sampleDataset({ seed: 7 });
    expect(again.count({ window, district: 'Maidstone' })).toBe(
      data.count({ window, district: 'Maidstone' }),
    );
    expect(Object.fromEntries(again.countBy({ window }, 'lsoa'))).toEqual(
      Object.fromEntries(data.countBy({ window }, 'lsoa')),
    );
    expect(other.count({ window })).not.toBe(data.count({ window }));
  });

  it('renders only months it has as CSV', () => {
    expect(() => samplePoliceCsv('2030-01')).toThrow('The sample has no 2030-01');
  });

  it('has LSOAs named like police.uk, and a population for every district and year', () => {
    const lsoas = sampleLsoas();
    expect(
      lsoas
        .filter((l) => l.district === 'Maidstone')
        .slice(0, 5)
        .map((l) => l.name),
    ).toEqual(['Maidstone 001A', 'Maidstone 001B', 'Maidstone 001C', 'Maidstone 001D', 'Maidstone 002A']);
    const population = samplePopulation();
    for (const district of SAMPLE_DISTRICTS) {
      for (const year of population.years)
        expect(population.population(district.name, year)).toBeGreaterThan(50_000);
    }
    expect(population.population('Maidstone', 2025)).toBeGreaterThan(170_000);
    expect(population.population('Maidstone', 2025)).toBeLessThan(200_000);
  });
});
