import {
  buildChart,
  chartBlockContent,
  chartKindOf,
  datasetsOf,
  diffFigures,
  SIGNAL_LABELS,
  THIS_REPORT,
  type ChartModel,
} from '../../../../src/core/charts';
import { CrimeDatasetBuilder, type CrimeDataset } from '../../../../src/core/data/dataset';
import { addMonths } from '../../../../src/core/data/months';
import { PopulationTable } from '../../../../src/core/data/population';
import { sampleSource, SAMPLE_LABEL } from '../../../../src/core/data/source';
import { renderRegionContent } from '../../../../src/ooxml/render-blocks';

const END = '2025-09';
const MONTHS = 24;
/** Oct 2023 … Sep 2025: burglary per month in Maidstone; a spike of 60 in Jul 2025. */
const BURGLARY = Array.from({ length: MONTHS }, (_, i) => (i === 21 ? 60 : 20 + (i % 3)));
const VIOLENCE = Array.from({ length: MONTHS }, (_, i) => (i < 12 ? 50 : 40));
const ASB = 500;

function monthAt(i: number) {
  return addMonths(END, i - (MONTHS - 1));
}

function dataset(): CrimeDataset {
  const b = new CrimeDatasetBuilder();
  const maidstone = b.area('E1', 'Maidstone 001A', 'Maidstone');
  const swale = b.area('E2', 'Swale 001A', 'Swale');
  const burglary = b.crimeType('burglary');
  const violence = b.crimeType('violent-crime');
  const asb = b.crimeType('anti-social-behaviour');
  for (let i = 0; i < MONTHS; i++) {
    const m = b.month(monthAt(i));
    b.add(m, maidstone, burglary, BURGLARY[i]);
    b.add(m, maidstone, violence, VIOLENCE[i]);
    b.add(m, maidstone, asb, ASB);
    b.add(m, swale, burglary, 10);
  }
  return b.build(sampleSource());
}

const population = new PopulationTable(sampleSource(), [
  { area: 'Maidstone', year: 2024, population: 10_000, note: null },
  { area: 'Swale', year: 2024, population: 4_000, note: null },
]);

const data = dataset();
const total = BURGLARY.map((b, i) => b + VIOLENCE[i]!);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('chart:monthly-trend', () => {
  const model = buildChart('monthly-trend', { data, area: 'Maidstone', months: 24 });

  it('charts recorded crime (not anti-social behaviour) month by month', () => {
    const values = datasetsOf(model.spec)['table'] as { date: string; count: number }[];
    expect(values.map((v) => v.count)).toEqual(total);
    expect(values[0]!.date).toBe('2023-10-01');
    expect(model.figures[0]).toEqual({ where: 'Oct 2023', value: String(total[0]) });
    expect(model.source).toBe(SAMPLE_LABEL);
  });

  it('describes the range, highest and lowest month and the direction of change', () => {
    const high = Math.max(...total);
    const low = Math.min(...total);
    expect(model.title).toBe('Recorded crime by month, Maidstone, Oct 2023 – Sep 2025');
    expect(model.description).toContain('from Oct 2023 to Sep 2025 (24 months)');
    expect(model.description).toContain(`Highest: ${high} in Jul 2025`);
    expect(model.description).toContain(`Lowest: ${low} in `);
    const last = sum(total.slice(12));
    const before = sum(total.slice(0, 12));
    const pct = (Math.abs(last - before) / before) * 100;
    expect(model.description).toContain(`total ${last}, ${last < before ? 'down' : 'up'} ${pct.toFixed(1)}%`);
  });

  it('charts one category when asked', () => {
    const burglary = buildChart('monthly-trend', {
      data,
      area: 'Maidstone',
      months: 24,
      crimeType: 'burglary',
    });
    expect(burglary.figures.map((f) => Number(f.value))).toEqual(BURGLARY);
    expect(burglary.title).toMatch(/^Burglary by month, Maidstone/);
  });

  it('refuses fewer than 24 months', () => {
    expect(() => buildChart('monthly-trend', { data, area: 'Maidstone', months: 12 })).toThrow(
      /24 to 120 months/,
    );
    expect(() =>
      buildChart('monthly-trend', { data, area: 'Maidstone', months: 24, end: '2024-09' }),
    ).toThrow(/fewer than 24 months/);
  });
});

describe('chart:spc-total-crime', () => {
  const model = buildChart('spc-total-crime', { data, area: 'Maidstone', months: 24 });
  // Independent XmR limits.
  const mean = sum(total) / total.length;
  let ranges = 0;
  for (let i = 1; i < total.length; i++) ranges += Math.abs(total[i]! - total[i - 1]!);
  const sigma = ranges / (total.length - 1) / 1.128;

  it('states the mean and control limits computed from the average moving range', () => {
    const figure = (where: string) => model.figures.find((f) => f.where === where)?.value;
    expect(figure('Mean')).toBe(Math.round(mean).toLocaleString('en-GB'));
    expect(figure('Upper control limit')).toBe(Math.round(mean + 3 * sigma).toLocaleString('en-GB'));
    expect(figure('Lower control limit')).toBe(Math.round(mean - 3 * sigma).toLocaleString('en-GB'));
  });

  it('marks the spike beyond the limits by shape and label as well as colour, and says so', () => {
    const layers = model.spec['layer'] as { encoding: Record<string, unknown> }[];
    const points = layers.find((l) => 'shape' in l.encoding)!;
    const spike = datasetsOf(model.spec)['table']![21]!;
    expect(spike['signal']).toBe(SIGNAL_LABELS['beyond-limits']);
    expect(spike['flag']).toBe(String(total[21]));
    expect((points.encoding['shape'] as { scale: { range: string[] } }).scale.range).toEqual([
      'circle',
      'triangle-up',
      'square',
    ]);
    expect(model.description).toContain(
      `1 month is outside the control limits: Jul 2025 (${total[21]}, above)`,
    );
  });

  it('finds the run of 12 months below the mean in the second year', () => {
    // Violence fell by 10 a month from Oct 2024: the second year sits below the mean.
    const below = total.slice(12).filter((t) => t < mean).length;
    expect(below).toBeGreaterThanOrEqual(7);
    expect(model.description).toMatch(/A run of \d+ months below the mean/);
  });
});

describe('chart:category-yoy', () => {
  const model = buildChart('category-yoy', { data, area: 'Maidstone' });

  it('compares each type over the latest 12 months and the 12 before, without anti-social behaviour', () => {
    const figure = (where: string) => model.figures.find((f) => f.where === where)?.value;
    expect(figure('Burglary, Oct 2024 – Sep 2025')).toBe(String(sum(BURGLARY.slice(12))));
    expect(figure('Burglary, Oct 2023 – Sep 2024')).toBe(String(sum(BURGLARY.slice(0, 12))));
    expect(figure('Violence and sexual offences, Oct 2024 – Sep 2025')).toBe(String(sum(VIOLENCE.slice(12))));
    expect(model.figures.some((f) => f.where.startsWith('Anti-social'))).toBe(false);
    expect(model.description).toContain('Biggest fall: Violence and sexual offences, down 20.0%');
  });
});

describe('chart:rate-per-1000-by-district', () => {
  const model = buildChart('rate-per-1000-by-district', { data, population, area: 'Maidstone' });
  const maidstone = (sum(total.slice(12)) / 10_000) * 1000;
  const swale = (120 / 4_000) * 1000;
  const force = ((sum(total.slice(12)) + 120) / 14_000) * 1000;

  it('gives each district its rate per 1,000 and the force-area rate', () => {
    expect(model.figures).toEqual([
      { where: 'Maidstone rate per 1,000', value: maidstone.toFixed(1) },
      { where: 'Swale rate per 1,000', value: swale.toFixed(1) },
      { where: 'Force area rate per 1,000', value: force.toFixed(1) },
    ]);
  });

  it('highlights the report district by label and weight as well as colour, with the force rate as a rule', () => {
    const values = datasetsOf(model.spec)['table'] as { district: string }[];
    expect(values.map((v) => v.district)).toEqual([`Maidstone${THIS_REPORT}`, 'Swale']);
    const json = JSON.stringify(model.spec);
    expect(datasetsOf(model.spec)['force']).toEqual([
      { rate: Math.round(force * 10) / 10, label: `Force area ${force.toFixed(1)}` },
    ]);
    expect(json).toContain("'bold'");
    expect(model.description).toContain(
      `Maidstone (this report, dark bar): ${maidstone.toFixed(1)}, 1st highest of 2`,
    );
  });

  it('needs population figures and a district that has them', () => {
    expect(() => buildChart('rate-per-1000-by-district', { data, area: 'Maidstone' })).toThrow(/population/);
    expect(() => buildChart('rate-per-1000-by-district', { data, population, area: 'Dover' })).toThrow(
      /"Dover"/,
    );
  });
});

describe('chart helpers', () => {
  it('names the charts', () => {
    expect(chartKindOf('chart:spc-total-crime')).toBe('spc-total-crime');
    expect(() => chartKindOf('chart:pie')).toThrow(/chart:monthly-trend/);
  });

  it('diffs figures, not pictures', () => {
    const before: ChartModel['figures'] = [
      { where: 'Sep 2025', value: '1,400' },
      { where: 'Aug 2025', value: '1,390' },
    ];
    const after = [
      { where: 'Sep 2025', value: '1,432' },
      { where: 'Aug 2025', value: '1,390' },
      { where: 'Oct 2025', value: '1,500' },
    ];
    expect(diffFigures(before, after)).toEqual([
      { where: 'Sep 2025', from: '1,400', to: '1,432' },
      { where: 'Oct 2025', from: '', to: '1,500' },
    ]);
    expect(diffFigures(after, after)).toEqual([]);
  });

  it('wraps a picture in block content with caption, alt text and source line, all escaped', () => {
    const model = buildChart('monthly-trend', { data, area: 'Maidstone', months: 24 });
    const hostile = { ...model, title: 'A & B <"x">', source: 'Mine & "yours"' };
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]);
    const block = renderRegionContent(
      chartBlockContent(hostile, { png, widthPx: 1800, heightPx: 900 }, { tag: 'cr:live:c1', number: 3 }),
    );
    expect(block.pictures).toEqual([{ relId: 'rIdChart1', contentType: 'image/png', bytes: png }]);
    expect(block.xml).toContain('r:embed="rIdChart1"');
    expect(block.xml).toContain('title="A &amp; B &lt;&quot;x&quot;&gt;"');
    expect(block.xml).toContain(' SEQ Figure \\* ARABIC ');
    expect(block.xml).toContain('<w:t>3</w:t>');
    expect(block.xml).toContain('Source: Mine &amp; &quot;yours&quot;');
    // 6 inches wide, half as tall, in EMU.
    expect(block.xml).toContain('<wp:extent cx="5486400" cy="2743200"/>');
  });
});
