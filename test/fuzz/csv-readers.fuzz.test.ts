/**
 * Fuzzing of the CSV readers (police.uk street-level, tidy partner figures, population, and the
 * table front they share): random bytes, BOMs, quotes, CR/LF mixes, huge fields, invalid UTF-8,
 * and the same file cut into random chunks (as a stream delivers it). Every case must read or be
 * refused with a ReportError (DataFileError with file and line), within bounds; and where the
 * whole file reads, every chunking of it must give the same data (or the same refusal).
 */
import fc from 'fast-check';
import { PoliceCsvReader } from '../../src/core/data/police-csv';
import { readTableCsv } from '../../src/core/data/table-csv';
import type { DataChunk, DataFile } from '../../src/core/data/text-input';
import { readPopulationCsv, readTidyCsv } from '../../src/core/data/tidy-csv';
import { FUZZ_SEED, boundedCase, newLog, report, runs, summary, type CaseLog } from './bounds';

const encoder = new TextEncoder();

type Reader = (file: DataFile) => Promise<unknown>;

async function policeCsv(file: DataFile): Promise<unknown> {
  const reader = new PoliceCsvReader({ retrieved: '2018-01-12' });
  await reader.readFile(file);
  const data = reader.finish();
  return {
    months: data.months,
    districts: data.districts,
    crimeTypes: data.crimeTypes,
    areas: data.areas.length,
    counted: data.recordsCounted,
    withoutLocation: data.recordsWithoutLocation,
    skipped: data.skipped.map((s) => [s.code, s.count]),
    notes: data.notes.map((s) => [s.code, s.count]),
    unknown: data.unknownCrimeTypes.map((u) => [u.slug, u.rows]),
  };
}

async function tidyCsv(file: DataFile): Promise<unknown> {
  const result = await readTidyCsv(file, { retrieved: '2018-01-12' });
  return result.figures.map((f) => [f.period, f.area, f.measure, f.value, f.note, f.line]);
}

async function populationCsv(file: DataFile): Promise<unknown> {
  const table = await readPopulationCsv(file, { retrieved: '2018-01-12' });
  return table.rows;
}

async function tableCsv(file: DataFile): Promise<unknown> {
  const rows: unknown[] = [];
  await readTableCsv(
    file,
    ['a', 'b'],
    (row) => rows.push([row.line, row.get('a'), row.get('b')]),
    'test table',
  );
  return rows;
}

const HEADERS = {
  police:
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context',
  tidy: 'period,area,measure,value',
  population: 'area,year,population',
  table: 'a,b',
} as const;

const READERS: Record<keyof typeof HEADERS, Reader> = {
  police: policeCsv,
  tidy: tidyCsv,
  population: populationCsv,
  table: tableCsv,
};

/** Field values: plausible ones, and everything that trips CSV readers. */
const field = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '2017-10',
      '2016-11',
      'Maidstone 014C',
      'E01024395',
      'Burglary',
      'Anti-social behaviour',
      'Kent Police',
      '0.52',
      '51.27',
      '2017',
      '2017/18',
      '2017-Q3',
      'Maidstone',
      'Domestic abuse',
      '1,234',
      '[x]',
      '170000',
      '12.5',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '"',
      '""',
      '"a,b"',
      '"x""y"',
      '"open',
      'a"b',
      '",',
      '"\r\n"',
      '\r',
      '\n',
      '\r\n',
      '\n\r',
      ',',
      '\uFEFF',
      '=HYPERLINK("http://x","y")',
      '-1+1',
      '@SUM(A1)',
      '\u0000',
      '\u202E',
      '\uD800',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 30_000 }).map((n) => `"${'y,'.repeat(n)}"`) },
);

/** A police.uk row that reads, with hostile names in the free-text columns. */
const goodField = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Maidstone',
      'Maidstone 014C',
      'Burglary',
      'Anti-social behaviour',
      'Drugs',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((t) => `"${t.replace(/"/g, '""')}"`) },
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '');
function row(width: number) {
  const fields = fc.oneof(
    { weight: 1, arbitrary: fc.array(field, { minLength: 1, maxLength: 14 }) },
    // Mostly the header's width, so many files get past the field count to the values.
    { weight: 3, arbitrary: fc.array(fc.oneof(field, goodField), { minLength: width, maxLength: width }) },
  );
  return fc.tuple(fields, lineEnd).map(([f, end]) => f.join(',') + end);
}

/** A file: an optional BOM, a header (usually right), rows; as text. */
function csvText(kind: keyof typeof HEADERS) {
  return fc
    .tuple(
      fc.constantFrom('', '', '\uFEFF', '\uFEFF\uFEFF'),
      fc.constantFrom(HEADERS[kind], HEADERS[kind], HEADERS[kind].toUpperCase(), ''),
      lineEnd,
      fc.array(row(HEADERS[kind].split(',').length), { maxLength: 20 }),
    )
    .map(([bom, header, end, rows]) => bom + header + (end || '\n') + rows.join(''));
}

/** The bytes of a text, maybe with invalid UTF-8 dropped in. */
function withBadBytes(text: string, positions: number[], bad: readonly number[]): Uint8Array {
  const bytes = encoder.encode(text);
  if (positions.length === 0) return bytes;
  const out: number[] = [];
  const cut = new Set(positions.map((p) => Math.floor(p * bytes.length)));
  bytes.forEach((b, i) => {
    if (cut.has(i)) out.push(...bad);
    out.push(b);
  });
  return new Uint8Array(out);
}

/** Cuts into chunks at the given fractions (bytes may split a UTF-8 sequence, strings a surrogate pair). */
function chunked(content: Uint8Array | string, cuts: number[]): DataChunk[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * content.length)))].sort((a, b) => a - b);
  const chunks: DataChunk[] = [];
  let from = 0;
  for (const to of [...at, content.length]) {
    chunks.push(content.slice(from, to));
    from = to;
  }
  return chunks;
}

const logs = new Map<string, CaseLog>();
function logFor(name: string): CaseLog {
  let log = logs.get(name);
  if (!log) logs.set(name, (log = newLog()));
  return log;
}

async function outcome(
  name: string,
  read: Reader,
  file: DataFile,
  what: string,
): Promise<{ ok: true; value: string } | { ok: false; code: string }> {
  let value: unknown;
  const result = await boundedCase(logFor(name), what, async () => {
    value = await read(file);
  });
  return result.kind === 'result'
    ? { ok: true, value: JSON.stringify(value) }
    : { ok: false, code: result.code };
}

// Uniform in [0, 1): fc.double is uniform over representations, so nearly all its values are tiny.
const position = fc.integer({ min: 0, max: 0x7fffffff }).map((i) => i / 0x80000000);
const badUtf8 = fc.constantFrom(
  [0x80],
  [0xc0, 0x80],
  [0xff],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
);

describe.each(Object.keys(HEADERS) as (keyof typeof HEADERS)[])('%s CSV reader under fuzzing', (kind) => {
  const read = READERS[kind];
  const name = `${kind}-csv`;

  afterAll(() => {
    const log = logs.get(name);
    if (log) report(summary(name, log));
  });

  it('reads or refuses random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(position, { maxLength: 4 }),
        async (bytes, cuts) => {
          await outcome(
            name,
            read,
            { name: 'random.csv', chunks: chunked(bytes, cuts) },
            `random bytes ${bytes.length}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(150) },
    );
  });

  it('gives the same answer however the file is chunked, as bytes or text, valid UTF-8 or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvText(kind),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<number[]>([]) },
          { weight: 1, arbitrary: fc.array(position, { minLength: 1, maxLength: 3 }) },
        ),
        badUtf8,
        fc.array(position, { maxLength: 6 }),
        fc.boolean(),
        async (text, badAt, bad, cuts, asText) => {
          const bytes = withBadBytes(text, badAt, bad);
          const what = `${JSON.stringify(text.slice(0, 200))}… (${text.length} chars, bad UTF-8 at ${JSON.stringify(badAt)})`;
          const whole = await outcome(name, read, { name: 'f.csv', chunks: [bytes] }, `${what} whole`);
          const content = asText && badAt.length === 0 ? text : bytes;
          const pieces = await outcome(
            name,
            read,
            { name: 'f.csv', chunks: chunked(content, cuts) },
            `${what} cut at ${JSON.stringify(cuts)}`,
          );
          if (badAt.length > 0) expect(whole).toEqual({ ok: false, code: 'data-not-utf8' });
          // Read whole, a file with two problems (say bad UTF-8 late, a stray quote early) reports
          // the one its decoder meets first; streamed, the one met first in the text. Either is
          // right; what must not happen is data from one and an error from the other.
          if (whole.ok) expect(pieces).toEqual(whole);
          else expect(pieces.ok).toBe(false);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(100) },
    );
  });

  it('bounds a never-closed quote fed in small chunks (no quadratic re-scan)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200_000, max: 1_000_000 }),
        fc.integer({ min: 512, max: 8192 }),
        fc.boolean(),
        async (length, size, doubled) => {
          const body = doubled ? '""'.repeat(length / 2) : 'z'.repeat(length);
          const text = `${HEADERS[kind]}\n"${body}`;
          const chunks: string[] = [];
          for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
          await outcome(
            name,
            read,
            { name: 'open-quote.csv', chunks },
            `open quote of ${length} chars in ${size}-char chunks${doubled ? ' (doubled quotes)' : ''}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(4) },
    );
  });
});
