/**
 * Mutation fuzzing of the workbook reader (readWorkbook: our zip checks, SheetJS, our table and
 * .ods visibility readers) and the range read after it (readGrid), starting from the real
 * workbooks in test/fixtures/spreadsheets: byte flips, truncations, re-packed zips, poisoned XML
 * parts, and zip bombs. Every case must read or be refused with a ReportError, within bounds, as
 * for the .docx reader (docx-reader.fuzz.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readGrid } from '../../src/core/data/spreadsheet';
import { readWorkbook } from '../../src/spreadsheet/read-workbook';
import { FUZZ_SEED, boundedCase, newLog, report, runs, summary, type CaseLog } from './bounds';
import { hostileZip, type HostileEntry } from './zip-writer';

const DIR = join(__dirname, '..', 'fixtures', 'spreadsheets');

interface Fixture {
  name: string;
  bytes: Uint8Array;
  entries: { name: string; data: Uint8Array }[];
}

const FIXTURES: Fixture[] = readdirSync(DIR)
  .filter((name) => /\.(xlsx|ods)$/.test(name) && name !== 'password.xlsx')
  .sort()
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    return {
      name,
      bytes,
      entries: Object.entries(unzipSync(bytes)).map(([entry, data]) => ({ name: entry, data })),
    };
  });

const fixture = fc.integer({ min: 0, max: FIXTURES.length - 1 }).map((i) => FIXTURES[i]!);
const position = fc.integer({ min: 0, max: 0x7fffffff }).map((i) => i / 0x80000000);
const encoder = new TextEncoder();
const log: CaseLog = newLog();

/** Reads the workbook, then the first worksheet's used range, as insert does. */
function read(bytes: Uint8Array, what: string) {
  return boundedCase(log, what, () => {
    const workbook = readWorkbook(bytes, 'fuzz.xlsx');
    for (const sheet of workbook.sheets) {
      if (sheet.kind === 'worksheet' && sheet.used) {
        readGrid(workbook, { sheet: sheet.name });
        break;
      }
    }
  });
}

function repack(f: Fixture, change: (entries: HostileEntry[]) => HostileEntry[]): Uint8Array {
  return hostileZip(change(f.entries.map((e) => ({ name: e.name, data: e.data }))));
}

const poison = fc.oneof(
  fc.constantFrom(
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>',
    '<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>',
    '<worksheet><sheetData><row r="-5"><c r="A-1" t="s"><v>99999999</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>',
    '<table displayName="__proto__" ref="A1:XFD1048576"/>',
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="x"><table:table-row table:number-rows-repeated="1048576" table:visibility="collapse"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
    '<',
    '<?xml version="1.0"?>',
  ),
  fc.uint8Array({ minLength: 0, maxLength: 2000 }).map((b) => new TextDecoder('latin1').decode(b)),
);

describe('readWorkbook under mutation fuzzing', () => {
  afterAll(() => report(summary('readWorkbook', log)));

  it('reads every fixture unmutated', async () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
    for (const f of FIXTURES) {
      const outcome = await read(f.bytes, f.name);
      // Refused by design: missing-bits.xlsx (no workbook part), nocache.xlsx (a formula without
      // its result), empty sheets; the rest read.
      const refusedByDesign = ['workbook-damaged', 'formula-no-value', 'sheet-empty'];
      expect(outcome.kind === 'result' || refusedByDesign.includes(outcome.code)).toBe(true);
    }
  });

  it('survives random byte flips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.array(fc.tuple(position, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 24 }),
        async (f, flips) => {
          const bytes = new Uint8Array(f.bytes);
          for (const [p, x] of flips) bytes[Math.floor(p * bytes.length)]! ^= x;
          await read(bytes, `${f.name} with flips ${JSON.stringify(flips)}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(300), unbiased: true },
    );
  });

  it('survives truncation and junk around the zip', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        position,
        fc.uint8Array({ maxLength: 64 }),
        fc.integer({ min: 0, max: 2 }),
        async (f, p, junk, how) => {
          const bytes =
            how === 0
              ? f.bytes.subarray(0, Math.floor(p * f.bytes.length))
              : how === 1
                ? new Uint8Array([...f.bytes, ...junk])
                : new Uint8Array([...junk, ...f.bytes]);
          await read(bytes, `${f.name} ${['cut at', 'junk after', 'junk before'][how]} ${p}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(150), unbiased: true },
    );
  });

  it('survives dropped entries and poisoned XML parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        poison,
        position,
        fc.array(position, { maxLength: 2 }),
        async (f, hostile, which, drop) => {
          const xmlParts = f.entries.filter((e) => /\.(xml|rels)$/i.test(e.name));
          const target = xmlParts[Math.floor(which * xmlParts.length)]!.name;
          const bytes = repack(f, (entries) => {
            let list = entries.map((e) => (e.name === target ? { ...e, data: encoder.encode(hostile) } : e));
            for (const p of drop) list = list.filter((_, i) => i !== Math.floor(p * list.length));
            return list;
          });
          await read(
            bytes,
            `${f.name} with ${target} replaced by ${JSON.stringify(hostile.slice(0, 60))}, dropped ${JSON.stringify(drop)}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(250) },
    );
  });

  it('refuses zip bombs and lying size fields without inflating them', async () => {
    const bomb = new Uint8Array(24 * 1024 * 1024).fill(0x3c);
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.oneof(
          fc.constant({ bomb: true } as { bomb?: boolean; size?: number }),
          fc
            .integer({ min: 64 * 1024 * 1024 + 1, max: 0xffffffff })
            .map((size) => ({ size }) as { bomb?: boolean; size?: number }),
        ),
        async (f, lie) => {
          const target =
            f.entries.find((e) => /sheet1\.xml$|content\.xml$/.test(e.name))?.name ?? 'xl/huge.bin';
          const bytes = repack(f, (entries) => {
            const real = entries.find((e) => e.name === target);
            const data = lie.bomb ? bomb : (real?.data ?? new Uint8Array(100));
            return [
              ...entries.filter((e) => e.name !== target),
              { name: target, data, declaredSize: lie.size },
            ];
          });
          await read(bytes, `${f.name}: ${target} ${JSON.stringify(lie)}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(40) },
    );
  });
});
