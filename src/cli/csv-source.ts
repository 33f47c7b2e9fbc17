/**
 * The Node adapter for police.uk CSV files on disk: each file is streamed (fs read stream, 1 MB
 * chunks) through the core reader, so memory holds one chunk and the counts whatever the size;
 * progress goes to the caller. The core never touches the file system.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { csvSourceName, sampleSource, type LiveSource } from '../app/live';
import { readPoliceCsvFiles, readPopulationCsv, type DataFile, type ReadProgress } from '../core/data';
import { ReportError } from '../core/errors';
import { reasonFor } from './file-problem';

const CHUNK_BYTES = 1 << 20;

/** A file on disk as the core's DataFile; a missing file is a ReportError naming it. */
export function diskFile(path: string): DataFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new ReportError('file-unreadable', `Cannot read "${path}": ${reasonFor(error)}.`, path);
  }
  return {
    name: basename(path),
    size,
    chunks: createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
  };
}

export interface CsvSourceOptions {
  /** Population CSV (`area, year, population`) for rates. */
  population?: string | null;
  /** Day the files were downloaded, for the source line; default today. */
  retrieved?: string;
  onProgress?: (progress: ReadProgress) => void;
}

/** "sample" → the bundled sample; otherwise the CSV files (and population CSV) from disk. */
export function sourceFrom(paths: readonly string[], options: CsvSourceOptions = {}): LiveSource {
  const files = paths.filter((p) => p !== 'sample');
  if (files.length === 0) return sampleSource();
  return {
    label: files.length === 1 ? files[0]! : `${files.length} CSV files`,
    load: async (onProgress) => {
      const data = await readPoliceCsvFiles(files.map(diskFile), {
        ...(options.retrieved ? { retrieved: options.retrieved } : {}),
        onProgress: (p) => {
          options.onProgress?.(p);
          onProgress?.(p.fraction ?? 0, `Reading ${p.file}`);
        },
      });
      const population = options.population
        ? await readPopulationCsv(
            diskFile(options.population),
            options.retrieved ? { retrieved: options.retrieved } : {},
          )
        : null;
      return { data, population, source: csvSourceName(files) };
    },
  };
}
