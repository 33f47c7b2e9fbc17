import { parseFigure } from '../../../../src/core/data/numbers';
import { DataFileError } from '../../../../src/core/data/problems';
import { periodKind, readPopulationCsv, readTidyCsv } from '../../../../src/core/data/tidy-csv';
import { textFile } from '../../../../src/core/data/text-input';

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('parseFigure', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['12,345.6', 12345.6],
    ['-2.5', -2.5],
    [' 0 ', 0],
  ])('reads %p as %p', (text, value) => {
    expect(parseFigure(text)).toEqual({ ok: true, value, note: null });
  });

  it('keeps [x] as unavailable with a note', () => {
    expect(parseFigure('[x]')).toEqual({ ok: true, value: null, note: 'unavailable ([x] in the source)' });
  });

  it.each(['', '1.2.3', '12,34', '1,2345', '4.2%', '1e3', 'n/a', '+5', '0x10', 'Infinity', '1 234'])(
    'refuses %p',
    (text) => {
      expect(parseFigure(text).ok).toBe(false);
    },
  );

  it('refuses fractions and negatives where a count is expected', () => {
    expect(parseFigure('12.5', { integer: true }).ok).toBe(false);
    expect(parseFigure('-1', { nonNegative: true }).ok).toBe(false);
  });
});

describe('periodKind', () => {
  it('knows months, years, financial years and quarters', () => {
    expect(['2017-10', '2017', '2017/18', '1999/00', '2017-Q3'].map(periodKind)).toEqual([
      'month',
      'year',
      'financial-year',
      'financial-year',
      'quarter',
    ]);
    expect(['2017-13', '2017/19', 'Oct 2017', '17/18', ''].map(periodKind)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('readTidyCsv', () => {
  const TIDY =
    'Measure,Area,Period,Value,Comment\r\n' +
    'Domestic abuse incidents,Maidstone,2017/18,"3,412",\r\n' +
    'MARAC cases,Maidstone,2017/18,[x],suppressed\r\n' +
    'MARAC cases,Maidstone,2016/17,287,\r\n';

  it('reads partner figures by column name, with en-GB thousands in quoted values and [x] as null', async () => {
    const tidy = await readTidyCsv(textFile('partners.csv', TIDY), { retrieved: '2018-01-12' });
    expect(tidy.figures).toEqual([
      {
        period: '2017/18',
        periodKind: 'financial-year',
        area: 'Maidstone',
        measure: 'Domestic abuse incidents',
        value: 3412,
        note: null,
        line: 2,
      },
      {
        period: '2017/18',
        periodKind: 'financial-year',
        area: 'Maidstone',
        measure: 'MARAC cases',
        value: null,
        note: 'unavailable ([x] in the source)',
        line: 3,
      },
      {
        period: '2016/17',
        periodKind: 'financial-year',
        area: 'Maidstone',
        measure: 'MARAC cases',
        value: 287,
        note: null,
        line: 4,
      },
    ]);
    expect(tidy.measures).toEqual(['Domestic abuse incidents', 'MARAC cases']);
    expect(tidy.source).toMatchObject({ kind: 'tidy-csv', label: 'partners.csv, imported 12 Jan 2018' });
  });

  it('points at the cell of a value that is not a number', async () => {
    const text =
      'period,area,measure,value\n2017-10,Maidstone,Incidents,12\n2017-11,Maidstone,Incidents,4.2%\n';
    const error = await failure(readTidyCsv(textFile('partners.csv', text)));
    expect([error.code, error.file, error.line, error.column]).toEqual([
      'tidy-value-invalid',
      'partners.csv',
      3,
      4,
    ]);
    expect(error.message).toBe(
      'partners.csv, line 3, column 4 (value): the value "4.2%" is not a number (write it like 1234, 1,234 or 12.5).',
    );
  });

  it('says an unquoted 1,234 split the row (the comma needs quotes)', async () => {
    const error = await failure(
      readTidyCsv(textFile('p.csv', 'period,area,measure,value\n2017,Kent,X,1,234\n')),
    );
    expect([error.code, error.line]).toEqual(['csv-field-count', 2]);
    expect(error.message).toContain('must be in quotes');
  });

  it('refuses a period it cannot read, a missing column and a figure given twice', async () => {
    const badPeriod = await failure(
      readTidyCsv(textFile('p.csv', 'period,area,measure,value\nOct 2017,Kent,X,1\n')),
    );
    expect([badPeriod.code, badPeriod.line, badPeriod.column]).toEqual(['tidy-period-invalid', 2, 1]);
    const noValue = await failure(readTidyCsv(textFile('p.csv', 'period,area,measure\n2017,Kent,X\n')));
    expect([noValue.code, noValue.line]).toEqual(['table-csv-column-missing', 1]);
    const twice = await failure(
      readTidyCsv(textFile('p.csv', 'period,area,measure,value\n2017,Kent,X,1\n2017,kent,x,2\n')),
    );
    expect([twice.code, twice.line]).toEqual(['tidy-duplicate', 3]);
    expect(twice.message).toContain('also given on line 2');
  });
});

describe('readPopulationCsv', () => {
  it('reads populations and looks them up, keeping [x] as unavailable', async () => {
    const text =
      'area,year,population\nMaidstone,2016,"166,400"\nMaidstone,2017,"169,900"\nAshford,2017,[x]\n';
    const table = await readPopulationCsv(textFile('population.csv', text), { retrieved: '2018-01-12' });
    expect(table.population('Maidstone', 2017)).toBe(169900);
    expect(table.population('maidstone', 2016)).toBe(166400);
    expect(table.population('Ashford', 2017)).toBeNull();
    expect(table.population('Dover', 2017)).toBeUndefined();
    expect(table.latest('Maidstone', 2019)?.year).toBe(2017);
    expect(table.latest('Ashford', 2019)).toBeUndefined();
    expect(table.areas).toEqual(['Ashford', 'Maidstone']);
    expect(table.rows[2]?.note).toBe('unavailable ([x] in the source)');
  });

  it('points at a population that is not a whole number, and a year that is not a year', async () => {
    const error = await failure(
      readPopulationCsv(textFile('pop.csv', 'area,year,population\nKent,2017,1.5\n')),
    );
    expect([error.code, error.line, error.column]).toEqual(['population-invalid', 2, 3]);
    const year = await failure(readPopulationCsv(textFile('pop.csv', 'year,area,population\n17,Kent,1\n')));
    expect([year.code, year.line, year.column]).toEqual(['population-year-invalid', 2, 1]);
  });
});
