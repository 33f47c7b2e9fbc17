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
const ZIP64_LOCATOR = 0x07064b50;
const DIRECTORY_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** How far before the end fflate looks for the end record (22 bytes and the longest comment). */
const END_RECORD_REACH = 65558;

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

/** One entry of the zip's central directory. */
export interface DirectoryEntry {
  /** Name as stored in the zip. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Zip compression method: 0 stored, 8 deflate. */
  compression: number;
  /** Where the entry's local header is. */
  localOffset: number;
}

/**
 * The central directory of a plain zip, entry for entry as fflate's `unzipSync` lists it, so the
 * command line can list a package without loading fflate at all. Null for anything else (no end
 * record, zip64, more than one disk, a name outside ASCII, a record out of place), which the
 * package then lists with fflate as before: this function never decides that a file is bad.
 */
export function plainDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  // Where fflate finds the end record: the last one, searching back from the end.
  let end = bytes.length - 22;
  if (end <= 0) return null;
  for (; u32(bytes, end) !== END_OF_DIRECTORY; end--) {
    if (end === 0 || bytes.length - end > END_RECORD_REACH) return null;
  }
  if (u32(bytes, end - 20) === ZIP64_LOCATOR) return null;
  const count = u16(bytes, end + 8);
  if (count === 0 || u16(bytes, end + 10) !== count) return null;
  let at = u32(bytes, end + 16);
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_RECORD) return null;
    const nameEnd = at + 46 + u16(bytes, at + 28);
    if (nameEnd > bytes.length) return null;
    // ASCII reads the same as UTF-8 and as the code page fflate assumes without the UTF-8 flag.
    let name = '';
    for (let k = at + 46; k < nameEnd; k++) {
      const byte = bytes[k] ?? 0x80;
      if (byte >= 0x80) return null;
      name += String.fromCharCode(byte);
    }
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const localOffset = u32(bytes, at + 42);
    // 0xffffffff sends fflate to a zip64 extra field.
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff)
      return null;
    entries.push({ name, compressedSize, uncompressedSize, compression: u16(bytes, at + 10), localOffset });
    at = nameEnd + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}
