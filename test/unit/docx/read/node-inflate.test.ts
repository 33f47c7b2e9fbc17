/**
 * The command line reads .docx parts with Node's zlib (src/docx/read/node-inflate.ts) instead of
 * fflate. It must read every real report exactly as fflate does, and refuse every damaged or
 * forged package as fflate does: same codes, no raw zlib error escaping.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ReportError } from '../../../../src/core/errors';
import { nodeRawInflate } from '../../../../src/docx/read/node-inflate';
import { plainDirectory } from '../../../../src/docx/read/zip-data';
import { DocxPackage } from '../../../../src/docx/read/package';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { hostileZip } from '../../../fuzz/zip-writer';
import { FIXTURES, fixture } from '../fixtures';
import { makeDocx, p } from '../make-docx';

const native = { inflateRaw: nodeRawInflate };

function docxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return docxFiles(path);
    return name.endsWith('.docx') ? [relative(FIXTURES, path)] : [];
  });
}

/** What a read gives: the snapshot, or the refusal's code and message. */
function outcome(bytes: Uint8Array, options = {}): unknown {
  try {
    return readDocx(bytes, 'report.docx', options);
  } catch (error) {
    if (error instanceof ReportError) return { refused: error.code, message: error.message };
    throw error;
  }
}

/** Sets the uncompressed size one entry's central directory record declares. */
function declareSize(zip: Uint8Array, entryName: string, size: (real: number) => number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (name === entryName) view.setUint32(i + 24, size(view.getUint32(i + 24, true)), true);
  }
  return out;
}

describe('reading with Node zlib', () => {
  const files = docxFiles(join(FIXTURES, 'word-made'));

  it('finds the Word-made reports to compare', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('reads %s exactly as fflate does', (file) => {
    const bytes = fixture(file);
    expect(outcome(bytes, native)).toEqual(outcome(bytes));
  });

  it('inflates the parts it reads with the inflater it was given', () => {
    const bytes = makeDocx({ body: p('Summary') });
    const calls: number[] = [];
    const pkg = DocxPackage.open(bytes, 'x.docx', {
      inflateRaw: (data, size) => {
        calls.push(size);
        return nodeRawInflate(data, size);
      },
    });
    expect(new TextDecoder().decode(pkg.read('word/document.xml') ?? undefined)).toContain('Summary');
    expect(calls).toEqual([unzipSync(bytes)['word/document.xml']?.length]);
  });

  it('refuses a part that inflates to more than its declared size, never inflating past it', () => {
    const zip = makeDocx({ body: p('x'.repeat(5000)) });
    const forged = declareSize(zip, 'word/document.xml', (n) => n - 100);
    // zlib stops at the declared size and says the zip is damaged; fflate cuts the part short and
    // the XML parser then refuses it. Both refuse; zlib's reason is the truer one.
    expect(outcome(forged, native)).toEqual({
      refused: 'docx-corrupt',
      message: expect.stringContaining('report.docx is damaged'),
    });
    expect(outcome(forged)).toEqual({ refused: 'xml-malformed', message: expect.any(String) });
  });

  it('turns a part with less data than declared into the same warning as fflate', () => {
    const zip = makeDocx({
      body: p('Findings', '<w:pStyle w:val="Heading1"/>'),
      styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
    });
    const forged = declareSize(zip, 'word/styles.xml', (n) => n + 10);
    expect(outcome(forged, native)).toEqual(outcome(forged));
    expect(readDocx(forged, 'x.docx', native).warnings[0]?.message).toContain('is incomplete');
  });

  it('refuses corrupt deflate data as a damaged file, not a zlib error', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(p('Finding '.repeat(400))) });
    // The deflate data starts after the 30-byte local header and the name.
    const start = 30 + 'word/document.xml'.length;
    const damaged = zip.slice();
    damaged.fill(0xff, start, start + 8);
    const native_ = outcome(damaged, native) as { refused?: string };
    expect(native_.refused).toBe('docx-corrupt');
    expect(outcome(damaged)).toEqual(native_);
  });

  it('reads the last of two entries with the same name, as fflate does', () => {
    const doc = (text: string) =>
      strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body>${p(text)}</w:body></w:document>`,
      );
    const zip = hostileZip([
      { name: 'word/document.xml', data: doc('First') },
      { name: 'word/document.xml', data: doc('Second') },
    ]);
    expect(outcome(zip, native)).toEqual(outcome(zip));
    expect(readDocx(zip, 'x.docx', native).paragraphs.map((x) => x.text)).toEqual(['Second']);
  });

  it('falls back to fflate for stored (uncompressed) parts', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(p('Stored')) }, { level: 0 });
    expect(outcome(zip, native)).toEqual(outcome(zip));
  });
});

/** The entries fflate lists for a zip, as the package keeps them; or fflate's refusal. */
function fflateListing(bytes: Uint8Array): unknown {
  const entries: unknown[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({
          name: file.name,
          compressedSize: file.size,
          uncompressedSize: file.originalSize,
          compression: file.compression,
        });
        return false;
      },
    });
  } catch {
    return 'refused';
  }
  return entries;
}

function plainListing(bytes: Uint8Array): unknown {
  return plainDirectory(bytes)?.map(({ name, compressedSize, uncompressedSize, compression }) => ({
    name,
    compressedSize,
    uncompressedSize,
    compression,
  }));
}

describe('listing a zip without fflate (the command line)', () => {
  const files = docxFiles(join(FIXTURES, 'word-made'));

  it.each(files)('lists %s exactly as fflate does', (file) => {
    const bytes = fixture(file);
    const listing = plainListing(bytes);
    expect(listing).toBeDefined();
    expect(listing).toEqual(fflateListing(bytes));
  });

  it('lists every entry where it is, or leaves the zip to fflate, when bytes are damaged', () => {
    const zip = makeDocx({ body: p('Summary') });
    let listed = 0;
    // Every byte of the central directory and end record set to 0x00 and to 0xff in turn.
    const directory = plainDirectory(zip)?.[0]?.localOffset ?? 0;
    const from = zip.findIndex(
      (_, i) => i > directory && new DataView(zip.buffer).getUint32(i, true) === 0x02014b50,
    );
    for (let i = from; i < zip.length; i++) {
      for (const value of [0x00, 0xff, 0x80]) {
        const damaged = zip.slice();
        damaged[i] = value;
        const listing = plainListing(damaged);
        if (listing === undefined) continue;
        listed += 1;
        expect([i, value, listing]).toEqual([i, value, fflateListing(damaged)]);
      }
    }
    // Most single-byte changes (sizes, dates, checksums) leave a plain directory to list.
    expect(listed).toBeGreaterThan(100);
  });

  it('leaves names outside ASCII, zip64 sizes and empty zips to fflate', () => {
    const doc = strToU8(p('x'));
    expect(plainDirectory(hostileZip([{ name: 'word/dócument.xml', data: doc }]))).toBeNull();
    expect(
      plainDirectory(hostileZip([{ name: 'word/document.xml', data: doc, declaredSize: 0xffffffff }])),
    ).toBeNull();
    expect(plainDirectory(zipSync({}))).toBeNull();
    expect(plainDirectory(new Uint8Array(10))).toBeNull();
  });
});
