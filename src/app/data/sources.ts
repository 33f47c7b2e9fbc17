/**
 * The crime data sources every face offers, as LiveSources the live-region use cases load when
 * they run: the bundled sample, police.uk street-level CSV files as byte or text streams (a file
 * on disk, a file picked in a browser, text in memory), and the police.uk API for one district.
 * The face only turns its files into DataFiles and says what is happening.
 */
import {
  addMonths,
  readPoliceCsvFiles,
  readPopulationCsv,
  type CrimeDataset,
  type DataFile,
  type LatLng,
  type PoliceApiClient,
  type ReadProgress,
} from '../../core/data';
import { ReportError } from '../../core/errors';
import { csvSourceName, sampleSource, type LiveSource } from '../live/source';
import { withinCsvLimits } from './csv-limits';

export { sampleSource };

export interface PoliceCsvOptions {
  /** Population CSV (`area, year, population`) for crime rates. */
  population?: DataFile | null;
  /** The day the files were downloaded, for the source line (default today). */
  retrieved?: string;
  signal?: AbortSignal;
  /** Each step of the read, for a face that reports more than the fraction. */
  onRead?: (progress: ReadProgress) => void;
  /** What the source is called in messages (default: the file's name, or "N CSV files"). */
  label?: string;
}

/**
 * police.uk street-level CSV files (one per force per month; as many as the officer has), refused
 * before they are read when they are too large to be that (csv-limits.ts).
 */
export function policeCsvSource(files: readonly DataFile[], options: PoliceCsvOptions = {}): LiveSource {
  const retrieved = options.retrieved ? { retrieved: options.retrieved } : {};
  return {
    label: options.label ?? (files.length === 1 ? files[0]!.name : `${files.length} CSV files`),
    load: async (onProgress) => {
      if (files.length === 0) throw new ReportError('no-files', 'Choose at least one CSV file.');
      const crimeFiles = withinCsvLimits(files);
      const [population] = options.population ? withinCsvLimits([options.population], 'population') : [];
      const data = await readPoliceCsvFiles(crimeFiles, {
        ...retrieved,
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (p) => {
          options.onRead?.(p);
          onProgress?.(
            p.fraction ?? 0,
            `Reading ${p.file} (${p.fileIndex + 1} of ${p.fileCount ?? files.length}), ${p.rowsRead.toLocaleString('en-GB')} rows`,
          );
        },
      });
      if (data.latestMonth === null) throw noCrimes(files, data);
      return {
        data,
        population: population ? await readPopulationCsv(population, retrieved) : null,
        source: csvSourceName(files.map((file) => file.name)),
      };
    },
  };
}

/**
 * Files that gave not one crime (a header row only, or every row unusable) would otherwise load
 * as data with no months and no districts, and fail later in puzzling ways ("the data covers ").
 */
function noCrimes(files: readonly DataFile[], data: CrimeDataset): ReportError {
  const names = files.map((f) => f.name).join(', ');
  const skipped = data.recordsSkipped;
  if (skipped === 0) {
    return new ReportError(
      'no-crimes',
      `${files.length === 1 ? 'This file has' : 'These files have'} no crimes in ${files.length === 1 ? 'it' : 'them'} ` +
        `(${names}: a header row only). Choose police.uk street-level files with rows of crimes.`,
    );
  }
  return new ReportError(
    'no-crimes',
    `None of the ${skipped.toLocaleString('en-GB')} rows in ${names} could be counted: ${datasetWarnings(data).join(' ')}`,
  );
}

/** Months fetched from the API: two years, so a year can be compared with the one before. */
export const API_MONTHS = 24;

/** "lat,lng:lat,lng:…" (police.uk's `poly`), refused with the point at fault named. */
export function parseBoundary(text: string): LatLng[] {
  const points = text
    .trim()
    .split(/\s*:\s*/)
    .filter((p) => p !== '');
  const polygon = points.map((point, i) => {
    const [lat, lng, extra] = point.split(/\s*,\s*/).map(Number);
    const valid =
      extra === undefined &&
      lat !== undefined &&
      lng !== undefined &&
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180;
    if (!valid) {
      throw new ReportError(
        'boundary-invalid',
        `Point ${i + 1} of the boundary ("${point}") is not "latitude,longitude". Write the points as ` +
          'lat,lng:lat,lng:… as police.uk gives them.',
      );
    }
    return { lat: lat!, lng: lng! };
  });
  if (polygon.length < 3) {
    throw new ReportError(
      'boundary-invalid',
      'A boundary needs at least three points (lat,lng:lat,lng:lat,lng).',
    );
  }
  return polygon;
}

export interface PoliceApiArea {
  district: string;
  /** police.uk's `poly`: lat,lng:lat,lng:… */
  boundary: string;
}

/** The last two years of street-level crime in one district from the police.uk API. */
export function policeApiSource(
  client: PoliceApiClient,
  area: PoliceApiArea,
  signal?: AbortSignal,
): LiveSource {
  return {
    label: `police.uk API: ${area.district}`,
    load: async (onProgress) => {
      const polygon = parseBoundary(area.boundary);
      const progress = onProgress ?? (() => undefined);
      progress(0, 'Asking police.uk which months it has');
      // A cheap first request: a blocked (CORS) or unreachable API is found before the long fetch.
      const latest = (await client.lastUpdated(signal)).slice(0, 7);
      const months = Array.from({ length: API_MONTHS }, (_, i) => addMonths(latest, i - API_MONTHS + 1));
      const data = await client.fetchArea({
        polygon,
        district: area.district,
        months,
        onProgress: progress,
        ...(signal ? { signal } : {}),
      });
      return { data, population: null, source: `police.uk API: ${area.district}` };
    },
  };
}

/** Plain-words warnings about a loaded data set: rows skipped, unknown crime types (kept), notes. */
export function datasetWarnings(data: CrimeDataset): string[] {
  const warnings: string[] = [];
  for (const skipped of data.skipped) {
    const first = skipped.examples[0];
    const where = first ? ` (first: ${first.file} line ${first.line})` : '';
    warnings.push(`${skipped.count.toLocaleString('en-GB')} rows skipped: ${skipped.reason}${where}.`);
  }
  for (const unknown of data.unknownCrimeTypes) {
    warnings.push(
      `"${unknown.name}" is not a police.uk crime type this version knows: its ${unknown.rows.toLocaleString('en-GB')} rows are kept under that name.`,
    );
  }
  for (const note of data.notes) warnings.push(`${note.count.toLocaleString('en-GB')} rows: ${note.reason}.`);
  return warnings;
}
