import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { pngSize } from '../../../scripts/manifest-checks';

const ROOT = resolve(__dirname, '../../..');
const SIZES = [16, 32, 64, 80];

/** Decodes our own PNGs (RGBA 8-bit, filter 0 on every row, one IDAT). */
function decode(png: Buffer): { size: number; pixel: (x: number, y: number) => number[] } {
  const size = png.readUInt32BE(16);
  expect(png[24]).toBe(8); // bit depth
  expect(png[25]).toBe(6); // RGBA
  const idatAt = png.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  return {
    size,
    pixel: (x, y) => [...raw.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4)],
  };
}

describe('assets/icon-*.png', () => {
  it('are what scripts/make-icons.mjs draws (regenerate with: node scripts/make-icons.mjs)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cr-icons-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/make-icons.mjs'), out]);
      for (const size of SIZES) {
        const name = `icon-${size}.png`;
        expect(readFileSync(join(out, name)).equals(readFileSync(join(ROOT, 'assets', name)))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(SIZES)(
    'icon-%i.png is a PNG of that size: council blue tile, white page, green tick badge',
    (size) => {
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size });
      const { pixel } = decode(png);
      const at = (fx: number, fy: number) => pixel(Math.floor(fx * size), Math.floor(fy * size));
      expect(at(0, 0)[3]).toBeLessThan(255); // rounded corner: not fully opaque
      expect(at(0.1, 0.5)).toEqual([0x1d, 0x4f, 0x91, 255]); // blue background
      expect(at(0.3, 0.25)).toEqual([255, 255, 255, 255]); // the page
      expect(at(0.72, 0.9)).toEqual([0x00, 0x70, 0x3c, 255]); // the green badge
    },
  );
});
