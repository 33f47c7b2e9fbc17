/**
 * The reader's fast path for plain rows (no quotes: fields taken straight from the text) must count
 * exactly what the general path counts. The same rows are read as plain CSV and with every field
 * quoted (which always takes the general path), with awkward rows mixed in: no location, an
 * unknown crime type, padded values, a bad month, a new force, blank lines, CRLF and LF.
 */
import { readPoliceCsvFiles, textFile, type CrimeDataset } from '../../../../src/core/data';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const TYPES = [
  'Burglary',
  'Shoplifting',
  'Other theft',
  'Drugs',
  'Anti-social behaviour',
  'Possession of weapons',
];

function rows(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 3000; i++) {
    const month = i < 1400 ? '2017-01' : i < 2800 ? '2017-02' : '2017-03';
    const lsoa = (i * 7) % 11;
    const row = [
      'id' + i,
      month,
      'Kent Police',
      i % 500 === 7 ? 'Essex Police' : 'Kent Police',
      '0.5',
      '51.2',
      'On or near X',
      `E0100${lsoa}`,
      `Maidstone 00${lsoa}A`,
      TYPES[(i * 5) % TYPES.length]!,
      '',
      '',
    ];
    if (i % 97 === 0) row[4] = ''; // no location
    if (i % 131 === 0) row[9] = 'Space crime'; // unknown type
    if (i % 151 === 0) row[9] = ` ${row[9]} `; // padded
    if (i % 173 === 0) row[7] = ''; // no LSOA code
    if (i % 211 === 0) row[1] = '2017-13'; // bad month
    if (i % 223 === 0) row[5] = '  '; // blank latitude
    out.push(row);
  }
  return out;
}

function csv(quoted: boolean, newline: string): string {
  const q = (f: string) => (quoted ? `"${f}"` : f);
  const lines = rows().map((r) => r.map(q).join(','));
  lines.splice(500, 0, ''); // a blank line
  return [HEADER, ...lines].join(newline) + newline;
}

function summary(data: CrimeDataset) {
  const window = { from: '2017-01', to: '2017-03' };
  return {
    counted: data.recordsCounted,
    withoutLocation: data.recordsWithoutLocation,
    skipped: data.skipped.map((s) => [s.reason, s.count]),
    unknown: data.unknownCrimeTypes.map((u) => [u.slug, u.rows]),
    byType: [...data.countBy({ window }, 'crimeType')].sort(),
    byLsoa: [...data.countBy({ window }, 'lsoa')].sort(),
    byMonth: [...data.countBy({ window }, 'month')].sort(),
  };
}

test.each(['\r\n', '\n'])('plain and quoted rows count the same (newline %j)', async (newline) => {
  const read = (text: string) => readPoliceCsvFiles([textFile('x.csv', text)], { retrieved: '2018-01-12' });
  const plain = summary(await read(csv(false, newline)));
  const quoted = summary(await read(csv(true, newline)));
  expect(plain).toEqual(quoted);
  expect(plain.counted).toBeGreaterThan(2900);
  expect(plain.withoutLocation).toBeGreaterThan(0);
});
