/**
 * core/data: crime data sets and where they come from. Pure TypeScript (no Node, no DOM), so the
 * same code runs in the add-in, the browser workspace and the CLI.
 *
 * Sources, each giving a `CrimeDataset` (monthly counts by month × area × crime type):
 *   - `sampleDataset()`: the bundled synthetic sample (the default; labelled "Synthetic sample
 *     data — not real figures"), with `samplePopulation()`.
 *   - `readPoliceCsvFiles(files, { onProgress, signal })` or `PoliceCsvReader` (push chunks):
 *     police.uk street-level CSV files, streamed in constant memory.
 *   - `new PoliceApiClient().fetchArea({ polygon, district, months })`: the police.uk API.
 * and, for partners' own figures and rates: `readTidyCsv`, `readPopulationCsv` (PopulationTable).
 *
 * Querying, e.g. the rows of a year-on-year table for Maidstone:
 *   const end = data.latestMonth;                       // default period end
 *   const now = twelveMonthsEnding(end), before = previousWindow(now);
 *   const current = data.countBy({ window: now, district: 'Maidstone' }, 'crimeType');
 *   const previous = data.countBy({ window: before, district: 'Maidstone' }, 'crimeType');
 *   const total = data.count({ window: now, district: 'Maidstone', ...RECORDED_CRIME });
 *   data.missingMonths(before)                          // non-empty → say the comparison is incomplete
 *   data.source.label                                   // the table's source line
 * `countBy(query, 'district' | 'lsoa' | 'month')` gives rates per district, top LSOAs and trends;
 * `monthlySeries` gives SPC input with null (not 0) for months without data.
 *
 * Every problem a user can meet is a ReportError (DataFileError for files: file, line, column), or
 * a warning in `skipped` / `notes` / `unknownCrimeTypes` on the data set: never a silent wrong number.
 */
export {
  ANTI_SOCIAL_BEHAVIOUR,
  CRIME_TYPES,
  crimeTypeFrom,
  crimeTypeName,
  isKnownCrimeType,
} from './crime-types';
export type { CrimeType, KnownCrimeType } from './crime-types';
export { CrimeDataset, CrimeDatasetBuilder, RECORDED_CRIME } from './dataset';
export type { CrimeArea, CrimeGrouping, CrimeQuery, District, UnknownCrimeType } from './dataset';
export { addMonths, isMonth, monthsBetween, monthsIn, previousWindow, twelveMonthsEnding } from './months';
export type { Month, MonthWindow } from './months';
export { PopulationTable } from './population';
export type { PopulationRow } from './population';
export { districtFromLsoaName, PoliceCsvReader, readPoliceCsvFiles } from './police-csv';
export type { PoliceCsvOptions, ReadProgress } from './police-csv';
export { BLOCKED_MESSAGE, DEFAULT_BASE_URL, PoliceApiClient } from './police-api';
export type {
  CrimeCategory,
  FetchAreaRequest,
  FetchFunction,
  PoliceApiOptions,
  StreetCrime,
  StreetCrimeQuery,
} from './police-api';
export type { LatLng, Polygon } from './polygon';
export { DataFileError } from './problems';
export type { DataPlace, DataWarning, SkippedRows } from './problems';
export {
  SAMPLE_DISTRICTS,
  SAMPLE_END_MONTH,
  sampleDataset,
  sampleLsoas,
  samplePoliceCsv,
  samplePopulation,
} from './sample';
export { SAMPLE_LABEL } from './source';
export type { DataSource, DataSourceKind } from './source';
export { byteStreamChunks, textFile } from './text-input';
export type { ByteStream, DataChunk, DataFile } from './text-input';
export { readPopulationCsv, readTidyCsv } from './tidy-csv';
export type { TidyFigure, TidyFigures } from './tidy-csv';
export type { Clock } from './clock';
