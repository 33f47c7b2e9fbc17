#!/usr/bin/env node
// Draws the add-in's ribbon and store icons (a report page with a tick, on council blue) and writes
// them as PNG files to assets/: icon-16.png, icon-32.png, icon-64.png, icon-80.png.
//
//   node scripts/make-icons.mjs [outDir]
//
// No image libraries: shapes are signed-distance functions sampled 8×8 per pixel (anti-aliased),
// and the PNG is written by hand (IHDR + one zlib IDAT + IEND, RGBA 8-bit). The output is
// deterministic, so re-running the script on an unchanged drawing leaves the committed files alone.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80];

const COUNCIL_BLUE = [0x1d, 0x4f, 0x91];
const PAGE = [0xff, 0xff, 0xff];
const FOLD = [0xc5, 0xd3, 0xe8];
const TEXT_LINE = [0x8f, 0xa6, 0xc8];
const TICK_GREEN = [0x00, 0x70, 0x3c];

// --- signed distance functions in the unit square (negative = inside) ----------------------------

function roundedBox(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(x, y, ax, ay, bx, by, halfWidth) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - halfWidth;
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

/** The drawing: returns the colour at (x, y) in [0,1)², or null for transparent. */
function colourAt(x, y, size) {
  if (roundedBox(x, y, 0, 0, 1, 1, 0.16) > 0) return null;
  let colour = COUNCIL_BLUE;

  // The report page, with its top-right corner folded over.
  const fold = 0.16;
  const page = Math.max(roundedBox(x, y, 0.2, 0.12, 0.68, 0.88, 0.03), x - 0.68 + (0.12 + fold - y));
  if (page <= 0) colour = PAGE;
  const foldTriangle = x >= 0.68 - fold && y <= 0.12 + fold && x - (0.68 - fold) <= y - 0.12;
  if (foldTriangle && page <= 0.0) colour = FOLD;

  // Lines of text on the page (left out at 16 px, where they would only blur).
  if (size >= 32) {
    for (const [ly, lx1] of [
      [0.4, 0.56],
      [0.52, 0.6],
      [0.64, 0.44],
    ]) {
      if (segment(x, y, 0.3, ly, lx1, ly, 0.026) <= 0) colour = TEXT_LINE;
    }
  }

  // A green badge with a white tick, overlapping the page's lower-right corner, ringed in blue.
  const badgeR = 0.25;
  const [bx, by] = [0.7, 0.7];
  if (circle(x, y, bx, by, badgeR + 0.05) <= 0) colour = COUNCIL_BLUE;
  if (circle(x, y, bx, by, badgeR) <= 0) colour = TICK_GREEN;
  const w = size <= 16 ? 0.05 : 0.04;
  const tick = Math.min(
    segment(x, y, bx - 0.12, by + 0.01, bx - 0.035, by + 0.1, w),
    segment(x, y, bx - 0.035, by + 0.1, bx + 0.125, by - 0.09, w),
  );
  if (tick <= 0 && circle(x, y, bx, by, badgeR) <= 0) colour = PAGE;
  return colour;
}

/** Renders one icon as RGBA bytes (size × size × 4), 8×8 samples per pixel. */
export function renderIcon(size) {
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

// --- PNG ------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA bytes as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function makeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(process.argv[2] ?? join(root, 'assets'));
  for (const file of makeIcons(outDir)) console.log(`wrote ${file}`);
}
