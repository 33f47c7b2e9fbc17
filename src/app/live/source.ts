/**
 * Where a refresh or an insert gets its data: a source loaded when the use case runs, so a source
 * that fails (a bad CSV, no network) fails inside the use case, which then leaves every region as
 * it was and says why.
 */
import { CrimeDatasetBuilder, type CrimeDataset } from '../../core/data/dataset';
import type { PopulationTable } from '../../core/data/population';
import type { Workbook } from '../../core/data/spreadsheet';
import { sampleDataset, samplePopulation } from '../../core/data/sample';
import type { ProgressListener } from '../../core/report/host';

export interface LiveData {
  data: CrimeDataset;
  /** For rates; null when the source has none. */
  population: PopulationTable | null;
  /** Stored in each region's spec: "sample", or the files' names. */
  source: string;
  /** Partners' workbooks given with (or instead of) the crime data: spreadsheet regions read these. */
  workbooks?: readonly Workbook[];
  /**
   * False when only workbooks were given: regions made from crime data are then left as they are
   * (reported "skipped"), not recomputed from a data set that was never given. Default true.
   */
  hasCrimeData?: boolean;
}

export interface LiveSource {
  /** "the bundled sample", "2 police.uk CSV files". */
  readonly label: string;
  load(onProgress?: ProgressListener): Promise<LiveData>;
}

/** The bundled synthetic sample with its population table (the default source). */
export function sampleSource(): LiveSource {
  return {
    label: 'the bundled sample',
    load: (onProgress) => {
      onProgress?.(0, 'Making the sample data');
      const result = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
      onProgress?.(1, 'Sample data ready');
      return Promise.resolve(result);
    },
  };
}

/** A source already in memory (the Data view keeps what the officer loaded). */
export function loadedSource(data: LiveData, label = data.source): LiveSource {
  return { label, load: () => Promise.resolve(data) };
}

/** Spec text for a set of CSV files: their names, so a later refresh can say what was used. */
export function csvSourceName(files: readonly string[]): string {
  const names = files.map((f) => f.replace(/^.*[\\/]/, ''));
  return names.length <= 3
    ? `police.uk CSV: ${names.join(', ')}`
    : `police.uk CSV: ${names.length} files (${names[0]} … ${names[names.length - 1]})`;
}

/** An empty crime data set, for a source that holds only workbooks. */
export function noCrimeData(): CrimeDataset {
  return new CrimeDatasetBuilder().build({
    kind: 'sample',
    label: 'no crime data',
    retrieved: null,
    files: [],
  });
}

/** Workbooks alone (the CLI's `--source fires.xlsx`, the Data view's "Refresh from file…"). */
export function workbookSource(workbooks: readonly Workbook[], crime?: LiveData): LiveSource {
  const names = workbooks.map((w) => w.fileName).join(', ');
  return {
    label: crime ? `${crime.source} and ${names}` : names,
    load: () =>
      Promise.resolve(
        crime
          ? { ...crime, workbooks: [...(crime.workbooks ?? []), ...workbooks] }
          : { data: noCrimeData(), population: null, source: names, workbooks, hasCrimeData: false },
      ),
  };
}
