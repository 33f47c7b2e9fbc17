/**
 * The live-data commands' data, from disk: police.uk CSV files streamed (1 MB chunks) into the
 * app's sources (src/app/data/sources.ts), workbooks read whole, and what was read said on stderr.
 * The elements are drawn with the charts' Node renderer (vega + resvg).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { policeCsvSource, sampleSource } from '../../app/data/sources';
import { workbookSource, type LiveData, type LiveSource } from '../../app/live';
import { renderChartInNode } from '../../charts/node';
import { consultationElements } from '../../app/consultation/summary-element';
import { chartElements } from '../../core/charts/live-elements';
import { builtInElements, elementCatalogue } from '../../core/live';
import type { DataFile } from '../../core/data';
import { ReportError } from '../../core/errors';
import { inputSize, type CliIo } from './io';
import { isWorkbookPath, readWorkbookFile } from './workbooks';

// The command line's live elements: the built-in tables and figures, the charts (drawn with vega +
// resvg, src/charts/node.ts) and the consultation summary (refreshed by the comments command).
export const ELEMENTS = elementCatalogue(
  builtInElements(),
  chartElements(renderChartInNode),
  consultationElements(),
);

const CHUNK_BYTES = 1 << 20;

/**
 * A file on disk as the core's DataFile, streamed; a missing file is a ReportError naming it. The
 * file is opened when it is first read, so one refused for its size (stat) is never opened.
 */
export function diskFile(path: string): DataFile {
  return { name: basename(path), size: inputSize(path), chunks: fileChunks(path) };
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  yield* createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>;
}

export interface DataOptions {
  /** `--source`: "sample", police.uk CSV files, workbooks; none for the sample. */
  sources: readonly string[];
  population: string | null;
  retrieved: string | null;
}

/**
 * The data the sources give: workbooks (.xlsx, .ods), read first so a bad one stops the command
 * before anything else is read, and police.uk CSV files or the sample. With workbooks alone, no
 * crime data at all.
 */
export function cliSource(options: DataOptions, io: CliIo): LiveSource {
  const workbookPaths = options.sources.filter(isWorkbookPath);
  const crimePaths = options.sources.filter((path) => !isWorkbookPath(path));
  const crime = crimeSource({ ...options, sources: crimePaths }, io);
  if (workbookPaths.length === 0) return crime;
  let loaded: Promise<LiveData> | null = null;
  return {
    label: workbookPaths.join(', '),
    load: (onProgress) => {
      loaded ??= (async () => {
        const workbooks = workbookPaths.map((path) => {
          io.stderr.write(`Reading ${path}\n`);
          return readWorkbookFile(path);
        });
        const data = crimePaths.length > 0 ? await crime.load(onProgress) : undefined;
        return workbookSource(workbooks, data).load();
      })();
      return loaded;
    },
  };
}

/**
 * "sample" (or nothing) → the bundled sample; otherwise the CSV files. Loaded once however many
 * elements use it, saying on stderr what was read.
 */
function crimeSource(options: DataOptions, io: CliIo): LiveSource {
  const files = options.sources.filter((path) => path !== 'sample');
  if (files.length === 0) return sampleSource();
  if (files.length < options.sources.length) {
    // Mixing synthetic figures into real ones would publish neither; dropping one silently hides it.
    throw new ReportError(
      'source-sample-and-files',
      `--source sample (the bundled synthetic data) cannot be combined with CSV files (${files.join(', ')}). ` +
        'Give either sample or the files.',
    );
  }
  let lastFile = '';
  const retrieved = options.retrieved ? { retrieved: options.retrieved } : {};
  const inner: LiveSource = {
    label: files.length === 1 ? files[0]! : `${files.length} CSV files`,
    // The files are opened when the source loads, so a missing one fails inside the use case.
    load: (onProgress) =>
      policeCsvSource(files.map(diskFile), {
        ...retrieved,
        population: options.population ? diskFile(options.population) : null,
        onRead: (p) => {
          if (p.file !== lastFile) {
            lastFile = p.file;
            io.stderr.write(`Reading ${p.file} (${p.fileIndex + 1} of ${p.fileCount ?? '?'})\n`);
          }
        },
      }).load(onProgress),
  };
  let loaded: Promise<LiveData> | null = null;
  return {
    label: inner.label,
    load: (onProgress) => {
      loaded ??= inner.load(onProgress).then((live) => {
        const d = live.data;
        io.stderr.write(
          `Read ${d.recordsCounted.toLocaleString('en-GB')} rows (${d.months[0] ?? '?'} to ${d.latestMonth ?? '?'}, ${d.districts.length} districts)` +
            (d.recordsSkipped > 0 ? `; skipped ${d.recordsSkipped} rows` : '') +
            (d.unknownCrimeTypes.length > 0
              ? `; unknown crime types kept: ${d.unknownCrimeTypes.map((u) => u.name).join(', ')}`
              : '') +
            '.\n',
        );
        return live;
      });
      return loaded;
    },
  };
}
