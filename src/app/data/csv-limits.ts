/**
 * How much CSV a source will read. police.uk gives street-level data as one file per force per
 * month: a few MB each (a force-year is about 300,000 rows, 46 MB: bench/data-bench.mjs; the
 * largest force's month, the Met's, about 15 MB). A file many times that is not a month's download
 * — a 2 GB export, a binary file picked by mistake — and reading it would keep the pane or the
 * command line busy for minutes, so it is refused before it is read: by the size the face knows
 * (`File.size`, `stat`), and, when a size is unknown or wrong, as soon as the bytes read pass it.
 * A refused source is never loaded, so the one in use stays.
 */
import type { DataChunk, DataFile } from '../../core/data';
import { ReportError } from '../../core/errors';

const MB = 1024 * 1024;

/** One file: more than three times the largest force's month, and above most forces' whole year. */
export const MAX_CSV_FILE_BYTES = 50 * MB;
/** All the files of one source: over two years of the largest force, with room to spare. */
export const MAX_CSV_TOTAL_BYTES = 1024 * MB;

/** What a file is for, in the refusal: police.uk crime data, or the population table. */
export type CsvRole = 'crime' | 'population';

/** "15.2 MB", "2 GB": rounded up, so a file just over a limit never reads as equal to it. */
export function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * MB ? [bytes / (1024 * MB), 'GB'] : [bytes / MB, 'MB'];
  return `${(Math.ceil(value * 10) / 10).toLocaleString('en-GB')} ${unit}`;
}

function fileTooLarge(name: string, role: CsvRole, size: string): ReportError {
  const what = role === 'crime' ? 'police.uk crime data' : 'a population table';
  const hint =
    role === 'crime'
      ? 'A police.uk street-level file for one force and month is a few MB: check that this is the file you meant, or use the monthly files it was made from.'
      : 'A population table has one short row per area and year: check that this is the file you meant.';
  return new ReportError(
    'csv-too-large',
    `${name} is too large to read as ${what}: it is ${size} (the limit is ${sizeText(MAX_CSV_FILE_BYTES)} a file). ${hint}`,
    name,
  );
}

function filesTooLarge(count: number, size: string): ReportError {
  return new ReportError(
    'csv-too-large',
    `The ${count.toLocaleString('en-GB')} CSV files are too large to read together: ${size} in all ` +
      `(the limit is ${sizeText(MAX_CSV_TOTAL_BYTES)}). Choose only the months and forces the report needs.`,
  );
}

/**
 * Refuses, before anything is read, files whose known size is over the limit, one by one and in
 * all; returns the files, each counting its bytes as it streams so that a file of unknown (or
 * understated) size is stopped once it passes the limit, and the files together likewise.
 */
export function withinCsvLimits(files: readonly DataFile[], role: CsvRole = 'crime'): DataFile[] {
  let declared = 0;
  for (const file of files) {
    if (typeof file.size !== 'number') continue;
    if (file.size > MAX_CSV_FILE_BYTES) throw fileTooLarge(file.name, role, sizeText(file.size));
    declared += file.size;
  }
  if (declared > MAX_CSV_TOTAL_BYTES) throw filesTooLarge(files.length, sizeText(declared));
  const total = { read: 0 };
  return files.map((file) => ({ ...file, chunks: counted(file, files.length, role, total) }));
}

async function* counted(
  file: DataFile,
  count: number,
  role: CsvRole,
  total: { read: number },
): AsyncGenerator<DataChunk> {
  let read = 0;
  for await (const chunk of file.chunks) {
    // Text chunks count their characters: at least one byte each, so never more than the bytes.
    const length = typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    read += length;
    total.read += length;
    if (read > MAX_CSV_FILE_BYTES)
      throw fileTooLarge(file.name, role, `more than ${sizeText(MAX_CSV_FILE_BYTES)}`);
    if (total.read > MAX_CSV_TOTAL_BYTES)
      throw filesTooLarge(count, `more than ${sizeText(MAX_CSV_TOTAL_BYTES)}`);
    yield chunk;
  }
}
