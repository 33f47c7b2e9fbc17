/**
 * Turns the officer's choice of source into a crime data set: the bundled sample, police.uk CSV
 * files picked in the pane (streamed, with progress), or the police.uk API for one district. The
 * sources themselves are the app's (src/app/data/sources.ts), shared with the command line; this
 * file hands them the pane's picked files. Loaded with the data engine (not in the first view).
 */
import {
  API_MONTHS,
  datasetWarnings,
  parseBoundary,
  policeApiSource,
  policeCsvSource,
  sampleSource,
} from '../../../app/data/sources';
import type { LiveData, LiveSource } from '../../../app/live';
import { byteStreamChunks, PoliceApiClient, type CrimeDataset } from '../../../core/data';
import { ReportError } from '../../../core/errors';
import type { ProgressListener } from '../../../core/report/host';
import type { LoadedSource, SourceChoice } from './data-actions';

export { API_MONTHS, datasetWarnings, parseBoundary };

/** The app's source for what the officer chose. */
function sourceFor(
  choice: SourceChoice,
  signal: AbortSignal | undefined,
  api: () => PoliceApiClient,
): LiveSource {
  switch (choice.kind) {
    case 'sample':
      return sampleSource();
    case 'csv':
      return policeCsvSource(
        choice.files.map((file) => ({
          name: file.name,
          size: file.size,
          chunks: byteStreamChunks(file.stream()),
        })),
        signal ? { signal } : {},
      );
    case 'police-api':
      return policeApiSource(api(), choice, signal);
    case 'workbook':
      // A workbook holds a partner's figures, not crime records: the actions read it themselves.
      throw new ReportError('workbook-not-crime-data', `${choice.file.name} is a workbook, not crime data.`);
  }
}

/** The data, its population table (the sample has one) and the name stored in each region's spec. */
export function loadLiveData(
  choice: SourceChoice,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  api: () => PoliceApiClient = () => new PoliceApiClient(),
): Promise<LiveData> {
  return sourceFor(choice, signal, api).load(onProgress);
}

export async function loadDataset(
  choice: SourceChoice,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  api: () => PoliceApiClient = () => new PoliceApiClient(),
): Promise<CrimeDataset> {
  return (await loadLiveData(choice, onProgress, signal, api)).data;
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
