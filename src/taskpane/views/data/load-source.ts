/**
 * Turns the officer's choice of source into a crime data set: the bundled sample, police.uk CSV
 * files picked in the pane (streamed, with progress), or the police.uk API for one district.
 * Loaded with the data engine (not in the first view).
 */
import { ReportError } from '../../../core/errors';
import {
  addMonths,
  byteStreamChunks,
  PoliceApiClient,
  readPoliceCsvFiles,
  sampleDataset,
  type CrimeDataset,
  type LatLng,
} from '../../../core/data';
import type { ProgressListener } from '../../../core/report/host';
import type { LoadedSource, SourceChoice } from './data-actions';

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

export async function loadDataset(
  choice: SourceChoice,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  api: () => PoliceApiClient = () => new PoliceApiClient(),
): Promise<CrimeDataset> {
  switch (choice.kind) {
    case 'sample':
      onProgress(0.5, 'Preparing the sample data');
      return sampleDataset();
    case 'csv': {
      if (choice.files.length === 0) throw new ReportError('no-files', 'Choose at least one CSV file.');
      return readPoliceCsvFiles(
        choice.files.map((file) => ({
          name: file.name,
          size: file.size,
          chunks: byteStreamChunks(file.stream()),
        })),
        {
          signal,
          onProgress: (p) =>
            onProgress(
              p.fraction ?? 0,
              `Reading ${p.file} (${p.fileIndex + 1} of ${p.fileCount ?? choice.files.length}), ${p.rowsRead.toLocaleString('en-GB')} rows`,
            ),
        },
      );
    }
    case 'police-api': {
      const polygon = parseBoundary(choice.boundary);
      const client = api();
      onProgress(0, 'Asking police.uk which months it has');
      // A cheap first request: a blocked (CORS) or unreachable API is found before the long fetch.
      const latest = (await client.lastUpdated(signal)).slice(0, 7);
      const months = Array.from({ length: API_MONTHS }, (_, i) => addMonths(latest, i - API_MONTHS + 1));
      return client.fetchArea({ polygon, district: choice.district, months, onProgress, signal });
    }
    case 'workbook':
      // A workbook holds a partner's figures, not crime records: the actions read it themselves.
      throw new ReportError('workbook-not-crime-data', `${choice.file.name} is a workbook, not crime data.`);
  }
}

/** Plain-words warnings: rows skipped, unknown crime types (kept), notes. */
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

/** What the view shows about a loaded data set. `reportDistrict` is the report's own, when known. */
export function describeDataset(data: CrimeDataset, reportDistrict: string | null): LoadedSource {
  const latest = data.latestMonth;
  const earliest = data.months[0];
  if (latest === null || earliest === undefined) {
    throw new ReportError(
      'no-data',
      'The data has no months in it: check that the files are police.uk street-level CSV files.',
    );
  }
  const areas = [...data.districts];
  const own =
    reportDistrict !== null ? areas.find((a) => a.toLowerCase() === reportDistrict.toLowerCase()) : undefined;
  return {
    label: data.source.label,
    areas,
    defaultArea: own ?? areas[0] ?? null,
    latestMonth: latest,
    earliestMonth: earliest,
    warnings: datasetWarnings(data),
  };
}
