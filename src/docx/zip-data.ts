/**
 * Where each part's compressed data sits in a .docx zip, so a faster raw inflater than fflate's
 * (Node's zlib, in the command line) can inflate just the parts a read needs.
 *
 * Only the plain case is handled: one central directory record per entry, no zip64. For anything
 * else `dataRanges` says null and the package inflates with fflate as before, which also reports
 * every kind of damage; this file never decides that a file is bad.
 */

/** Inflates raw deflate data that should come to `size` bytes; throws on bad data or more output. */
export type RawInflate = (compressed: Uint8Array, size: number) => Uint8Array;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/**
 * The offset of each entry's local header, in central directory order (the order in which fflate
 * lists the entries), or null when the directory is not the plain kind described above.
 */
export function localHeaderOffsets(bytes: Uint8Array, entryCount: number): number[] | null {
  // The end record is the last thing in the zip, followed by a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count !== entryCount || count === 0xffff || at === 0xffffffff) return null;
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_RECORD) return null;
    const local = u32(bytes, at + 42);
    if (local === 0xffffffff) return null;
    offsets.push(local);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return offsets;
}

/** The compressed data of the entry whose local header is at `offset`, or null if it does not fit. */
export function entryData(bytes: Uint8Array, offset: number, compressedSize: number): Uint8Array | null {
  if (offset + 30 > bytes.length || u32(bytes, offset) !== LOCAL_HEADER) return null;
  const start = offset + 30 + u16(bytes, offset + 26) + u16(bytes, offset + 28);
  const end = start + compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}
