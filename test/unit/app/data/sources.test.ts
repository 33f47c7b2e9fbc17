/**
 * The data sources both faces use (src/app/data/sources.ts), on the real police.uk CSV reader:
 * files given as text or byte streams load into what the live-region use cases need.
 */
import { policeCsvSource, sampleSource } from '../../../../src/app/data/sources';
import { samplePoliceCsv, textFile, type DataFile } from '../../../../src/core/data';
import { ReportError } from '../../../../src/core/errors';

/** A file as a stream of byte chunks split mid-row, as a disk or browser stream delivers it. */
function byteFile(name: string, text: string): DataFile {
  const bytes = new TextEncoder().encode(text);
  const half = Math.floor(bytes.length / 2);
  return { name, size: bytes.length, chunks: [bytes.slice(0, half), bytes.slice(half)] };
}

describe('police.uk CSV files as a source', () => {
  it('reads text and byte streams alike, names the files in the spec and reads the population', async () => {
    const october = samplePoliceCsv('2025-08');
    const progress: string[] = [];
    const source = policeCsvSource(
      [
        textFile('2025-08-kent-street.csv', october),
        byteFile('2025-09-kent-street.csv', samplePoliceCsv('2025-09')),
      ],
      {
        population: textFile('population.csv', 'area,year,population\nMaidstone,2025,"169,900"\n'),
        retrieved: '2018-01-12',
      },
    );
    expect(source.label).toBe('2 CSV files');
    const live = await source.load((_, message) => progress.push(message));
    expect(live.source).toBe('police.uk CSV: 2025-08-kent-street.csv, 2025-09-kent-street.csv');
    expect(live.data.months).toEqual(['2025-08', '2025-09']);
    const one = async (file: DataFile) => (await policeCsvSource([file]).load()).data.recordsCounted;
    const separately =
      (await one(textFile('a.csv', october))) + (await one(textFile('b.csv', samplePoliceCsv('2025-09'))));
    expect(live.data.recordsCounted).toBeGreaterThan(0);
    expect(live.data.recordsCounted).toBe(separately);
    expect(live.population?.population('Maidstone', 2025)).toBe(169_900);
    expect(
      progress.some((message) => /^Reading 2025-09-kent-street\.csv \(2 of 2\), [\d,]+ rows$/.test(message)),
    ).toBe(true);
  });

  it('refuses no files at all, when it loads', async () => {
    await expect(policeCsvSource([]).load()).rejects.toThrow(ReportError);
    await expect(policeCsvSource([]).load()).rejects.toThrow('Choose at least one CSV file.');
  });
});

describe('files with no crimes in them', () => {
  const HEADER =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';

  it('a header row only is refused as having no crimes, rather than loaded as data covering nothing', async () => {
    const load = policeCsvSource([textFile('2024-07-kent-street.csv', HEADER)]).load();
    await expect(load).rejects.toThrow(
      'This file has no crimes in it (2024-07-kent-street.csv: a header row only). ' +
        'Choose police.uk street-level files with rows of crimes.',
    );
  });

  it('rows none of which can be counted are refused with the reason', async () => {
    const bad = HEADER + ',not-a-month,Kent Police,Kent Police,,,,,,Burglary,,\n';
    const load = policeCsvSource([textFile('odd.csv', bad)]).load();
    await expect(load).rejects.toThrow(/^None of the 1 rows in odd\.csv could be counted: 1 rows skipped: /);
  });

  it('an empty month beside months with crimes is read as before', async () => {
    const live = await policeCsvSource([
      textFile('2024-07-kent-street.csv', HEADER),
      textFile('2025-09-kent-street.csv', samplePoliceCsv('2025-09')),
    ]).load();
    expect(live.data.months).toEqual(['2025-09']);
  });
});

describe('the sample', () => {
  it('comes with its population table', async () => {
    const live = await sampleSource().load();
    expect(live.source).toBe('sample');
    expect(live.population).not.toBeNull();
  });
});
