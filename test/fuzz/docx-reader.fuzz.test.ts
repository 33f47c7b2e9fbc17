/**
 * Mutation fuzzing of the .docx reader (readDocx: zip package, XML parser, every part reader),
 * starting from the real fixtures: byte flips, truncations, re-packed zips (shuffled, duplicated
 * and dropped entries, stored instead of deflated), poisoned parts (deep nesting, DOCTYPE and
 * entity declarations, invalid UTF-8, random bytes, odd UTF-16), and zip bombs (real ones and
 * lying size fields). Every case must read or be refused with a ReportError, within bounds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readDocx } from '../../src/docx/read/read-docx';
import { FUZZ_SEED, boundedCase, newLog, report, runs, summary, type CaseLog } from './bounds';
import { hostileZip, type HostileEntry } from './zip-writer';

const ROOT = join(__dirname, '..', 'fixtures');

function docxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return docxFiles(path);
    return name.endsWith('.docx') ? [path] : [];
  });
}

interface Fixture {
  name: string;
  bytes: Uint8Array;
  entries: { name: string; data: Uint8Array }[];
}

// The 1 MB sample is mostly a picture: mutating it tests fflate more than us, and costs time.
const FIXTURES: Fixture[] = docxFiles(ROOT)
  .filter((path) => statSync(path).size < 500_000)
  .sort()
  .map((path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const files = unzipSync(bytes);
    return {
      name: path.slice(ROOT.length + 1),
      bytes,
      entries: Object.entries(files).map(([name, data]) => ({ name, data })),
    };
  });

const fixture = fc.integer({ min: 0, max: FIXTURES.length - 1 }).map((i) => FIXTURES[i]!);
const encoder = new TextEncoder();

const log: CaseLog = newLog();
const byKind = new Map<string, number>();

function read(kind: string, bytes: Uint8Array, what: string) {
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  return boundedCase(log, what, () => readDocx(bytes, 'fuzz.docx'));
}

function mainPart(f: Fixture): string {
  return f.entries.find((e) => /^word\/document\.xml$/i.test(e.name))?.name ?? 'word/document.xml';
}

/** Hostile replacements for a part's XML. */
const poison = fc.oneof(
  fc.integer({ min: 400, max: 120_000 }).map((depth) => ({
    label: `nesting ${depth} deep`,
    make: () => {
      const open = '<w:p>'.repeat(depth);
      return encoder.encode(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${open}${'</w:p>'.repeat(depth)}</w:body></w:document>`,
      );
    },
  })),
  fc
    .constantFrom(
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
      '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/evil">]>',
      '<!ENTITY a "b">',
      '<!DOCTYPE w:document PUBLIC "-//x//y" "http://example.invalid/x.dtd">',
    )
    .map((doctype) => ({
      label: `declaration ${doctype.slice(0, 40)}`,
      make: () =>
        encoder.encode(
          `<?xml version="1.0"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;&xxe;</w:t></w:r></w:p></w:body></w:document>`,
        ),
    })),
  fc
    .uint8Array({ minLength: 0, maxLength: 2000 })
    .map((bytes) => ({ label: 'random bytes', make: () => bytes })),
  fc
    .constantFrom(
      '<',
      '<?xml version="1.0"?>',
      '<w:document',
      '<w:document xmlns:w="x"><w:body><w:p>',
      '<a:b xmlns:a="">',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p w:x="1" w:x="2"/></w:body></w:document>',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&#0;&#xD800;&#x110000;&#99999999999;&bogus;</w:t></w:r></w:p></w:body></w:document>',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:tbl><w:tr/></w:tbl></w:tc></w:tr></w:tbl><w:sdt><w:sdtContent/></w:sdt><w:numPr><w:numId w:val="-1"/><w:ilvl w:val="99999999"/></w:numPr></w:body></w:document>',
      '<![CDATA[',
      '<!-- never closed',
      '<?pi never closed',
      '\uFEFF\uFEFF<x/>',
    )
    .map((text) => ({
      label: `snippet ${JSON.stringify(text.slice(0, 40))}`,
      make: () => encoder.encode(text),
    })),
  fc.boolean().map((be) => ({
    label: `UTF-16${be ? 'BE' : 'LE'} with an odd length`,
    make: () => new Uint8Array([be ? 0xfe : 0xff, be ? 0xff : 0xfe, 0x3c, 0x00, 0x78]),
  })),
);

/** Mutations of one part's real bytes. */
function mutatePart(data: Uint8Array, kind: number, positions: number[], junk: number): Uint8Array {
  const out = new Uint8Array(data);
  if (kind === 0) {
    // Invalid UTF-8: lone continuation bytes, overlongs, surrogates encoded, 0xFF.
    const bad = [0x80, 0xc0, 0xff, 0xed, 0xf8, 0xfe];
    for (const p of positions) out[Math.floor(p * out.length)] = bad[junk % bad.length]!;
    return out;
  }
  if (kind === 1) {
    for (const p of positions) out[Math.floor(p * out.length)] = junk;
    return out;
  }
  return out.subarray(0, Math.floor((positions[0] ?? 0.5) * out.length));
}

function repack(f: Fixture, change: (entries: HostileEntry[]) => HostileEntry[]): Uint8Array {
  return hostileZip(change(f.entries.map((e) => ({ name: e.name, data: e.data }))));
}

/** What a hostile entry lies about: a real bomb, or a declared size or compressed size. */
type Lie = { size?: number; csize?: number; bomb?: boolean };

// Uniform in [0, 1): fc.double is uniform over representations, so nearly all its values are tiny.
const position = fc.integer({ min: 0, max: 0x7fffffff }).map((i) => i / 0x80000000);

describe('readDocx under mutation fuzzing', () => {
  afterAll(() => {
    report(summary('readDocx', log));
    report(`fuzz readDocx by mutation: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  });

  it('reads every fixture unmutated (the fuzz starts from good files)', async () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
    for (const f of FIXTURES) expect((await read('unmutated', f.bytes, f.name)).kind).toBe('result');
  });

  it('survives random byte flips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.array(fc.tuple(position, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 24 }),
        async (f, flips) => {
          const bytes = new Uint8Array(f.bytes);
          for (const [p, x] of flips) bytes[Math.floor(p * bytes.length)]! ^= x;
          await read('byte flips', bytes, `${f.name} with flips ${JSON.stringify(flips)}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(400), unbiased: true },
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
          let bytes: Uint8Array;
          if (how === 0) bytes = f.bytes.subarray(0, Math.floor(p * f.bytes.length));
          else if (how === 1) bytes = new Uint8Array([...f.bytes, ...junk]);
          else bytes = new Uint8Array([...junk, ...f.bytes]);
          await read(
            'truncation/junk',
            bytes,
            `${f.name} ${['cut at', 'junk after', 'junk before'][how]} ${p}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(200), unbiased: true },
    );
  });

  it('survives shuffled, duplicated, dropped and stored entries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.array(position, { maxLength: 12 }),
        fc.array(position, { maxLength: 3 }),
        fc.array(position, { maxLength: 2 }),
        fc.boolean(),
        async (f, order, duplicate, drop, stored) => {
          const bytes = repack(f, (entries) => {
            let list = [...entries];
            for (const p of order) {
              const i = Math.floor(p * list.length);
              list.push(...list.splice(i, 1));
            }
            for (const p of duplicate) {
              const e = list[Math.floor(p * list.length)]!;
              list.push({ ...e, data: e.data.subarray(0, Math.floor(e.data.length / 2)) });
            }
            for (const p of drop) list = list.filter((_, i) => i !== Math.floor(p * list.length));
            return stored ? list.map((e) => ({ ...e, method: 0 })) : list;
          });
          await read(
            'zip entries',
            bytes,
            `${f.name} reordered ${JSON.stringify({ order, duplicate, drop, stored })}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(150) },
    );
  });

  it('survives poisoned XML parts (deep nesting, DOCTYPE/entities, garbage, odd encodings)', async () => {
    await fc.assert(
      fc.asyncProperty(fixture, poison, position, async (f, hostile, which) => {
        const xmlParts = f.entries.filter((e) => /\.(xml|rels)$/i.test(e.name));
        // Half the cases hit the main document, the rest any XML part (styles, numbering, rels...).
        const target = which < 0.5 ? mainPart(f) : xmlParts[Math.floor(which * xmlParts.length)]!.name;
        const bytes = repack(f, (entries) =>
          entries.map((e) => (e.name === target ? { ...e, data: hostile.make() } : e)),
        );
        await read('poisoned part', bytes, `${f.name} with ${target} replaced by ${hostile.label}`);
      }),
      { seed: FUZZ_SEED, numRuns: runs(250) },
    );
  });

  it('survives invalid UTF-8, byte changes and cuts inside parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        position,
        fc.integer({ min: 0, max: 2 }),
        fc.array(position, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 255 }),
        async (f, which, kind, positions, junk) => {
          const target = f.entries[Math.floor(which * f.entries.length)]!.name;
          const bytes = repack(f, (entries) =>
            entries.map((e) =>
              e.name === target ? { ...e, data: mutatePart(e.data, kind, positions, junk) } : e,
            ),
          );
          await read(
            'part bytes',
            bytes,
            `${f.name}: ${target} ${['invalid UTF-8', 'bytes set', 'cut'][kind]} at ${JSON.stringify(positions)}`,
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(250), unbiased: true },
    );
  });

  it('refuses zip bombs and lying size fields without inflating them', async () => {
    // A real bomb: 24 MB of one byte deflates to ~24 KB (about 1000:1).
    const bomb = new Uint8Array(24 * 1024 * 1024).fill(0x3c);
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.oneof(
          fc.constant<Lie>({ bomb: true }),
          fc.integer({ min: 64 * 1024 * 1024 + 1, max: 0xffffffff }).map((size): Lie => ({ size })),
          fc.integer({ min: 0, max: 64 * 1024 * 1024 }).map((size): Lie => ({ size })),
          fc.integer({ min: 0, max: 0xffffffff }).map((csize): Lie => ({ csize })),
        ),
        fc.boolean(),
        async (f, lie, onMain) => {
          const target = onMain ? mainPart(f) : 'word/media/huge.bin';
          const bytes = repack(f, (entries) => {
            // The part keeps its own bytes (cached deflate) unless it is the bomb.
            const others = entries.filter((e) => e.name !== target);
            const real = entries.find((e) => e.name === target);
            const data = lie.bomb ? bomb : (real?.data ?? new Uint8Array(100));
            return [
              ...others,
              { name: target, data, declaredSize: lie.size, declaredCompressedSize: lie.csize },
            ];
          });
          await read('zip bomb', bytes, `${f.name}: ${target} ${JSON.stringify(lie)}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: runs(80) },
    );
  });
});
