import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PoliceCsvReader } from '../../../../src/core/data/police-csv';

// A collectable heap measures what the reader keeps, not garbage awaiting collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = 300_000;
const MONTHS = [
  '2016-11',
  '2016-12',
  ...Array.from({ length: 10 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`),
];
const TYPES = [
  'Anti-social behaviour',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other theft',
  'Public order',
  'Shoplifting',
  'Vehicle crime',
  'Violence and sexual offences',
];

/** Row r of a force-year: months, ~1,100 LSOAs and types cycle so every cell is seen early on. */
function row(r: number): string {
  const lsoa = (r * 7) % 1100;
  const district = ['Maidstone', 'Ashford', 'Tunbridge Wells', 'Folkestone and Hythe'][lsoa % 4] as string;
  const name = `${district} ${String(Math.floor(lsoa / 4) + 1).padStart(3, '0')}${'ABCD'[lsoa % 4]}`;
  const type = TYPES[r % TYPES.length] as string;
  const id = type === 'Anti-social behaviour' ? '' : `c${r.toString(16).padStart(60, '0')}`;
  return `${id},${MONTHS[r % 12]},Kent Police,Kent Police,0.${520000 + (r % 9999)},51.${270000 + (r % 7777)},"On or near Park Road, Maidstone",E0${1020000 + lsoa},${name},${type},Under investigation,\r\n`;
}

describe('PoliceCsvReader memory', () => {
  it('keeps the heap flat while a 300,000-row force-year streams through', () => {
    const reader = new PoliceCsvReader({ retrieved: '2018-01-12' });
    reader.beginFile('kent-year.csv');
    reader.push(
      'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n',
    );
    const heap: number[] = [];
    let bytes = 0;
    let chunk = '';
    for (let r = 0; r < ROWS; r++) {
      chunk += row(r);
      if (chunk.length >= 65_536) {
        bytes += chunk.length;
        reader.push(chunk);
        chunk = '';
      }
      // Measure at 20%, 40% ... 100%: the first fifth has met every cell the year has.
      if ((r + 1) % (ROWS / 5) === 0) {
        reader.push(chunk);
        bytes += chunk.length;
        chunk = '';
        gc();
        heap.push(process.memoryUsage().heapUsed);
      }
    }
    reader.endFile();
    const data = reader.finish();
    expect(data.recordsCounted).toBe(ROWS);
    expect(data.count({ window: { from: '2016-11', to: '2017-10' } })).toBe(ROWS);
    expect(data.districts).toEqual(['Ashford', 'Folkestone and Hythe', 'Maidstone', 'Tunbridge Wells']);
    expect(bytes).toBeGreaterThan(50 * 2 ** 20);
    // 240,000 rows (about 50 MB of text) pass between the first and last measurement.
    const growth = Math.max(...heap.slice(1)) - (heap[0] as number);
    expect(growth).toBeLessThan(4 * 2 ** 20);
  });
});
