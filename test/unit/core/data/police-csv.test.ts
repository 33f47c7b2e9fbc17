import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrimeDataset } from '../../../../src/core/data/dataset';
import {
  districtFromLsoaName,
  PoliceCsvReader,
  readPoliceCsvFiles,
  type ReadProgress,
} from '../../../../src/core/data/police-csv';
import { DataFileError } from '../../../../src/core/data/problems';
import { sampleDataset, samplePoliceCsv } from '../../../../src/core/data/sample';
import { byteStreamChunks, textFile, type DataFile } from '../../../../src/core/data/text-input';

const HEADER = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
];

interface Crime {
  month: string;
  lsoaCode: string;
  lsoaName: string;
  type: string;
  located?: boolean;
  location?: string;
}

/** Writes crimes as a police.uk CSV (RFC 4180 quoting where needed). */
function policeCsv(
  crimes: Crime[],
  options: { columns?: string[]; eol?: string; bom?: boolean } = {},
): string {
  const columns = options.columns ?? HEADER;
  const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [columns.join(',')];
  crimes.forEach((c, i) => {
    const located = c.located ?? true;
    const values: Record<string, string> = {
      'Crime ID': c.type === 'Anti-social behaviour' ? '' : `id${i}`,
      Month: c.month,
      'Reported by': 'Kent Police',
      'Falls within': 'Kent Police',
      Longitude: located ? '0.52' : '',
      Latitude: located ? '51.27' : '',
      Location: located ? (c.location ?? 'On or near High Street') : 'No Location',
      'LSOA code': located ? c.lsoaCode : '',
      'LSOA name': located ? c.lsoaName : '',
      'Crime type': c.type,
      'Last outcome category': '',
      Context: '',
    };
    lines.push(columns.map((col) => quote(values[col] ?? '')).join(','));
  });
  const eol = options.eol ?? '\n';
  return (options.bom ? '\ufeff' : '') + lines.join(eol) + eol;
}

const CRIMES: Crime[] = [
  { month: '2017-10', lsoaCode: 'E01024321', lsoaName: 'Maidstone 014C', type: 'Burglary' },
  {
    month: '2017-10',
    lsoaCode: 'E01024321',
    lsoaName: 'Maidstone 014C',
    type: 'Burglary',
    location: 'On or near "The Mall", Week St',
  },
  {
    month: '2017-10',
    lsoaCode: 'E01024322',
    lsoaName: 'Maidstone 001A',
    type: 'Violence and sexual offences',
  },
  {
    month: '2017-10',
    lsoaCode: 'E01024700',
    lsoaName: 'Tunbridge Wells 001A',
    type: 'Anti-social behaviour',
  },
  { month: '2017-10', lsoaCode: '', lsoaName: '', type: 'Drugs', located: false },
  { month: '2017-10', lsoaCode: 'E01024500', lsoaName: 'Folkestone and Hythe 003B', type: 'Shoplifting' },
  { month: '2017-10', lsoaCode: 'E01024321', lsoaName: 'Maidstone 014C', type: 'Fraud and forgery' },
];

/** The expected counts, computed straight from the rows (not through the reader). */
function expectedBy(crimes: Crime[], key: (c: Crime) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of crimes) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return counts;
}

async function read(...files: DataFile[]): Promise<CrimeDataset> {
  return readPoliceCsvFiles(files, { retrieved: '2018-01-12' });
}

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

const OCTOBER = { window: { from: '2017-10', to: '2017-10' } };

describe('districtFromLsoaName', () => {
  it('takes the name before the final code', () => {
    expect(districtFromLsoaName('Maidstone 014C')).toBe('Maidstone');
    expect(districtFromLsoaName('Tunbridge Wells 001A')).toBe('Tunbridge Wells');
    expect(districtFromLsoaName('Folkestone and Hythe 012E')).toBe('Folkestone and Hythe');
    expect(districtFromLsoaName('Maidstone')).toBeNull();
    expect(districtFromLsoaName('')).toBeNull();
  });
});

describe('PoliceCsvReader', () => {
  it('counts every row by month, district, LSOA and type, as computed directly from the rows', async () => {
    const data = await read(textFile('2017-10-kent-street.csv', policeCsv(CRIMES)));
    expect(data.recordsCounted).toBe(CRIMES.length);
    expect(data.count(OCTOBER)).toBe(CRIMES.length);
    const byDistrict = expectedBy(CRIMES, (c) => districtFromLsoaName(c.lsoaName) ?? '(none)');
    for (const district of data.districts) {
      expect([district, data.count({ ...OCTOBER, district })]).toEqual([district, byDistrict.get(district)]);
    }
    expect(data.districts).toEqual(['Folkestone and Hythe', 'Maidstone', 'Tunbridge Wells']);
    expect(data.count({ ...OCTOBER, lsoaCode: 'E01024321' })).toBe(3);
    expect(data.count({ ...OCTOBER, crimeTypes: ['burglary'] })).toBe(2);
    expect(data.count({ ...OCTOBER, excludeCrimeTypes: ['anti-social-behaviour'] })).toBe(CRIMES.length - 1);
    expect(data.source).toEqual({
      kind: 'police-uk-csv',
      label: 'police.uk street-level data, retrieved 12 Jan 2018',
      retrieved: '2018-01-12',
      files: ['2017-10-kent-street.csv'],
    });
  });

  it('keeps rows without location, with the district unknown, and counts them', async () => {
    const data = await read(textFile('f.csv', policeCsv(CRIMES)));
    expect(data.recordsWithoutLocation).toBe(1);
    expect(data.countBy(OCTOBER, 'district').get(null)).toBe(1);
    expect(data.count({ ...OCTOBER, crimeTypes: ['drugs'] })).toBe(1);
  });

  it('keeps an unknown crime type in the counts and reports it with where it was first seen', async () => {
    const data = await read(textFile('f.csv', policeCsv(CRIMES)));
    expect(data.crimeTypes).toContain('fraud-and-forgery');
    expect(data.count({ ...OCTOBER, crimeTypes: ['fraud-and-forgery'] })).toBe(1);
    expect(data.unknownCrimeTypes).toEqual([
      {
        slug: 'fraud-and-forgery',
        name: 'Fraud and forgery',
        rows: 1,
        firstSeen: { file: 'f.csv', line: 8, column: 10, columnName: 'Crime type' },
      },
    ]);
  });

  it('finds columns by name in any order, with a BOM and CRLF', async () => {
    const shuffled = [...HEADER].reverse();
    const data = await read(
      textFile('f.csv', policeCsv(CRIMES, { columns: shuffled, eol: '\r\n', bom: true })),
    );
    expect(data.count({ ...OCTOBER, district: 'Maidstone' })).toBe(4);
    expect(data.recordsCounted).toBe(CRIMES.length);
  });

  it('stops with file and line when a required column is missing', async () => {
    const columns = HEADER.filter((c) => c !== 'LSOA name');
    const error = await failure(read(textFile('kent.csv', policeCsv(CRIMES, { columns }))));
    expect(error.code).toBe('police-csv-column-missing');
    expect([error.file, error.line]).toEqual(['kent.csv', 1]);
    expect(error.message).toContain('"LSOA name"');
  });

  it('skips a row whose Month is not YYYY-MM with a warning naming file, line and column', async () => {
    const crimes = [
      ...CRIMES,
      { ...CRIMES[0], month: 'Oct 2017' } as Crime,
      { ...CRIMES[0], month: '2017-13' } as Crime,
    ];
    const data = await read(textFile('kent.csv', policeCsv(crimes)));
    expect(data.recordsCounted).toBe(CRIMES.length);
    expect(data.recordsSkipped).toBe(2);
    const [skipped] = data.skipped;
    expect(skipped?.code).toBe('month-invalid');
    expect(skipped?.examples[0]).toMatchObject({ file: 'kent.csv', line: 9, column: 2, columnName: 'Month' });
    expect(skipped?.examples[0]?.message).toBe(
      'kent.csv, line 9, column 2 (Month): Month "Oct 2017" is not in the form YYYY-MM; the row was skipped.',
    );
  });

  it('stops with file and line on a row with the wrong number of fields', async () => {
    const text = policeCsv(CRIMES) + 'x,2017-10,Kent Police\n';
    const error = await failure(read(textFile('kent.csv', text)));
    expect(error.code).toBe('csv-field-count');
    expect(error.line).toBe(9);
    expect(error.message).toContain('kent.csv, line 9: this row has 3 fields but the header has 12');
  });

  it('stops with file, line and column on an unterminated quote at the end of the file', async () => {
    const text = policeCsv(CRIMES) + ',2017-10,Kent Police,Kent Police,0.5,51.2,"On or near';
    const error = await failure(read(textFile('kent.csv', text)));
    expect([error.code, error.file, error.line, error.column]).toEqual([
      'csv-unterminated-quote',
      'kent.csv',
      9,
      7,
    ]);
  });

  it('notes an LSOA name without a code: counted for the force, district unknown', async () => {
    const crimes = [{ month: '2017-10', lsoaCode: 'E01000001', lsoaName: 'Somewhere', type: 'Burglary' }];
    const data = await read(textFile('f.csv', policeCsv(crimes)));
    expect(data.count(OCTOBER)).toBe(1);
    expect(data.districts).toEqual([]);
    expect(data.notes[0]?.code).toBe('district-unknown');
  });

  it('reads many files into one data set with progress over all bytes', async () => {
    const october = policeCsv(CRIMES);
    const november = policeCsv(CRIMES.map((c) => ({ ...c, month: '2017-11' })));
    const progress: ReadProgress[] = [];
    const files = [october, november].map((text, i) => ({
      name: `month-${i}.csv`,
      size: text.length,
      // Small chunks, so progress is reported several times per file.
      chunks: text.match(/[\s\S]{1,100}/g) ?? [],
    }));
    const data = await readPoliceCsvFiles(files, {
      onProgress: (p) => progress.push(p),
      retrieved: '2018-01-12',
    });
    expect(data.months).toEqual(['2017-10', '2017-11']);
    expect(data.count({ window: { from: '2017-10', to: '2017-11' } })).toBe(2 * CRIMES.length);
    const total = october.length + november.length;
    expect(progress.every((p) => p.totalBytes === total)).toBe(true);
    expect(progress.map((p) => p.bytesRead)).toEqual(
      [...progress.map((p) => p.bytesRead)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toMatchObject({
      bytesRead: total,
      fraction: 1,
      file: 'month-1.csv',
      fileIndex: 1,
      fileCount: 2,
    });
    expect(progress.length).toBeGreaterThan(10);
  });

  it('refuses the same force and month in two files (it would count them twice)', async () => {
    const text = policeCsv(CRIMES);
    const error = await failure(read(textFile('a.csv', text), textFile('copy of a.csv', text)));
    expect(error.code).toBe('police-csv-duplicate-month');
    expect(error.message).toContain('a.csv already gave');
  });

  it('reads a file from disk as a byte stream (the Node path) and through the push API', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'police-csv-'));
    try {
      const path = join(folder, 'kent.csv');
      writeFileSync(path, policeCsv(CRIMES, { bom: true, eol: '\r\n' }));
      const stream = createReadStream(path, { highWaterMark: 16 });
      const fromDisk = await read({ name: 'kent.csv', chunks: stream as AsyncIterable<Uint8Array> });
      const reader = new PoliceCsvReader({ retrieved: '2018-01-12' });
      reader.beginFile('kent.csv');
      for (const byte of new TextEncoder().encode(policeCsv(CRIMES))) reader.push(new Uint8Array([byte]));
      reader.endFile();
      const pushed = reader.finish();
      for (const data of [fromDisk, pushed]) {
        expect(Object.fromEntries(data.countBy(OCTOBER, 'lsoa'))).toEqual(
          Object.fromEntries(expectedBy(CRIMES, (c) => (c.located === false ? 'null' : c.lsoaCode))),
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads a web ReadableStream of bytes, as a browser File.stream() gives', async () => {
    const bytes = new TextEncoder().encode(policeCsv(CRIMES));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 50) controller.enqueue(bytes.slice(i, i + 50));
        controller.close();
      },
    });
    const data = await read({ name: 'upload.csv', size: bytes.length, chunks: byteStreamChunks(stream) });
    expect(data.recordsCounted).toBe(CRIMES.length);
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    const chunks = (async function* () {
      yield policeCsv(CRIMES);
      controller.abort();
      yield policeCsv(CRIMES);
    })();
    const error = await failure(
      readPoliceCsvFiles([{ name: 'f.csv', chunks }], { signal: controller.signal }),
    );
    expect(error.code).toBe('data-cancelled');
  });

  it('reads the sample rendered as police.uk CSV back to the sample model’s counts', async () => {
    const month = '2025-06';
    const sample = sampleDataset();
    const data = await read(textFile(`${month}-sample.csv`, samplePoliceCsv(month)));
    const window = { from: month, to: month };
    expect(data.recordsCounted).toBe(sample.count({ window }));
    expect(Object.fromEntries(data.countBy({ window }, 'lsoa'))).toEqual(
      Object.fromEntries(sample.countBy({ window }, 'lsoa')),
    );
    expect(Object.fromEntries(data.countBy({ window }, 'crimeType'))).toEqual(
      Object.fromEntries(sample.countBy({ window }, 'crimeType')),
    );
  });
});
