import { CRIME_TYPES, crimeTypeName, type KnownCrimeType } from './crime-types';
import { CrimeDatasetBuilder, type CrimeDataset, type District } from './dataset';
import { addMonths, monthNumber, type Month } from './months';
import { PopulationTable, type PopulationRow } from './population';
import { allocate, mixSeed, seededRandom } from './prng';
import { sampleSource } from './source';

/**
 * The bundled sample: clearly synthetic crime counts for every district of the Kent force area,
 * generated at run time from a seed (a few kilobytes of code instead of megabytes of JSON).
 * Volumes, seasonality and the mix of types look like real police.uk data so tables and charts
 * can be tried out, but no figure is real and every source line says so.
 */

export const SAMPLE_SEED = 20180112;
export const SAMPLE_END_MONTH: Month = '2025-09';
export const SAMPLE_MONTH_COUNT = 60;

export interface SampleOptions {
  readonly seed?: number;
  /** Last month of the sample. */
  readonly endMonth?: Month;
  /** How many months, ending at `endMonth`. */
  readonly months?: number;
}

interface SampleDistrict {
  readonly name: District;
  /** Synthetic population in 2021, near the real order of magnitude. */
  readonly population: number;
  /** Recorded crime (not anti-social behaviour) per 1,000 people per year. */
  readonly ratePer1000: number;
}

/** Kent Police's force area (Kent and Medway). Populations and rates are invented, only plausible. */
export const SAMPLE_DISTRICTS: readonly SampleDistrict[] = [
  { name: 'Ashford', population: 133_000, ratePer1000: 88 },
  { name: 'Canterbury', population: 157_000, ratePer1000: 98 },
  { name: 'Dartford', population: 117_000, ratePer1000: 101 },
  { name: 'Dover', population: 117_000, ratePer1000: 96 },
  { name: 'Folkestone and Hythe', population: 110_000, ratePer1000: 94 },
  { name: 'Gravesham', population: 107_000, ratePer1000: 104 },
  // 176,000 people at this rate make about 1,400 crimes a month, as the real Maidstone records.
  { name: 'Maidstone', population: 176_000, ratePer1000: 95.5 },
  { name: 'Medway', population: 280_000, ratePer1000: 109 },
  { name: 'Sevenoaks', population: 121_000, ratePer1000: 61 },
  { name: 'Swale', population: 152_000, ratePer1000: 104 },
  { name: 'Thanet', population: 141_000, ratePer1000: 118 },
  { name: 'Tonbridge and Malling', population: 133_000, ratePer1000: 66 },
  { name: 'Tunbridge Wells', population: 116_000, ratePer1000: 64 },
];

/** Share of recorded crime by type, close to a typical English force. */
const TYPE_MIX: readonly [KnownCrimeType, number][] = [
  ['violent-crime', 0.4],
  ['public-order', 0.11],
  ['criminal-damage-arson', 0.09],
  ['other-theft', 0.08],
  ['shoplifting', 0.08],
  ['vehicle-crime', 0.06],
  ['burglary', 0.05],
  ['drugs', 0.025],
  ['other-crime', 0.025],
  ['bicycle-theft', 0.01],
  ['possession-of-weapons', 0.01],
  ['robbery', 0.01],
  ['theft-from-the-person', 0.01],
];

/** Anti-social behaviour incidents per recorded crime, before seasonality. */
const ASB_RATIO = 0.25;
const PEOPLE_PER_LSOA = 1_650;

/** A made-up LSOA: code in an unused range (E0199xxxx), name in the police.uk style. */
export interface SampleLsoa {
  readonly code: string;
  readonly name: string;
  readonly district: District;
  /** Relative share of its district's crime (town centres get more). */
  readonly weight: number;
  readonly latitude: number;
  readonly longitude: number;
}

/** Every sample LSOA, district by district; the same for a given seed. */
export function sampleLsoas(seed = SAMPLE_SEED): SampleLsoa[] {
  const lsoas: SampleLsoa[] = [];
  SAMPLE_DISTRICTS.forEach((district, d) => {
    const random = seededRandom(mixSeed(seed, d, 1));
    const count = Math.round(district.population / PEOPLE_PER_LSOA);
    const centre = { latitude: 51.0 + random() * 0.45, longitude: 0.15 + random() * 1.2 };
    for (let i = 0; i < count; i++) {
      // A few busy areas and a long tail, like real LSOA counts.
      const weight = 0.3 + random() ** 3 * 4;
      lsoas.push({
        code: `E0199${String(lsoas.length + 1).padStart(4, '0')}`,
        name: `${district.name} ${String(Math.floor(i / 4) + 1).padStart(3, '0')}${'ABCD'[i % 4]}`,
        district: district.name,
        weight,
        latitude: round6(centre.latitude + (random() - 0.5) * 0.12),
        longitude: round6(centre.longitude + (random() - 0.5) * 0.18),
      });
    }
  });
  return lsoas;
}

/** The months of the sample, oldest first. */
function sampleMonths(options: SampleOptions): Month[] {
  const end = options.endMonth ?? SAMPLE_END_MONTH;
  const length = options.months ?? SAMPLE_MONTH_COUNT;
  return Array.from({ length }, (_, k) => addMonths(end, k - length + 1));
}

/**
 * Generates one district's counts for one month and passes each non-zero (LSOA, type, count) to
 * `visit`. Each district-month has its own random stream, so one month renders the same on its own
 * as inside the whole sample; the model and the CSV rendering both come from here.
 */
function generateDistrictMonth(
  seed: number,
  d: number,
  month: Month,
  /** Position of the month in the sample, 0..length-1, for the slow trend. */
  position: number,
  length: number,
  weights: readonly number[],
  visit: (lsoa: number, type: KnownCrimeType, count: number) => void,
): void {
  const district = SAMPLE_DISTRICTS[d] as SampleDistrict;
  const random = seededRandom(mixSeed(seed, d, monthNumber(month)));
  const calendarMonth = Number(month.slice(5, 7));
  const summer = Math.cos((2 * Math.PI * (calendarMonth - 7)) / 12); // +1 in July, −1 in January
  const trend = length > 1 ? -0.015 + (0.03 * position) / (length - 1) : 0;
  const noise = (random() - 0.5) * 0.04;
  const crimes = Math.round(
    ((district.population * district.ratePer1000) / 12_000) * (1 + 0.03 * summer) * (1 + trend) * (1 + noise),
  );
  const typeWeights = TYPE_MIX.map(([type, share]) => {
    // Violence peaks in summer, burglary in the dark months.
    const season = type === 'violent-crime' ? 0.05 * summer : type === 'burglary' ? -0.1 * summer : 0;
    return share * (1 + season) * (0.9 + random() * 0.2);
  });
  const byType = allocate(crimes, typeWeights, random);
  const asb = Math.round(crimes * ASB_RATIO * (1 + 0.15 * summer) * (0.92 + random() * 0.16));
  const types: [KnownCrimeType, number][] = TYPE_MIX.map(([type], i) => [type, byType[i] ?? 0]);
  types.push(['anti-social-behaviour', asb]);
  const noisy = new Array<number>(weights.length);
  for (const [type, total] of types) {
    for (let i = 0; i < weights.length; i++) noisy[i] = (weights[i] as number) * (0.7 + random() * 0.6);
    const counts = allocate(total, noisy, random);
    for (let i = 0; i < counts.length; i++) {
      const count = counts[i] as number;
      if (count > 0) visit(i, type, count);
    }
  }
}

function lsoasByDistrict(lsoas: readonly SampleLsoa[]): SampleLsoa[][] {
  return SAMPLE_DISTRICTS.map((district) => lsoas.filter((l) => l.district === district.name));
}

/** The sample as a data set: the default source, so the product works with no network and no files. */
export function sampleDataset(options: SampleOptions = {}): CrimeDataset {
  const builder = new CrimeDatasetBuilder();
  const lsoas = sampleLsoas(options.seed);
  const areaIds = new Map(lsoas.map((l) => [l.code, builder.area(l.code, l.name, l.district, true)]));
  const typeIds = new Map<string, number>(CRIME_TYPES.map((t) => [t.slug, builder.crimeType(t.slug)]));
  const seed = options.seed ?? SAMPLE_SEED;
  const months = sampleMonths(options);
  lsoasByDistrict(lsoas).forEach((own, d) => {
    const ids = own.map((l) => areaIds.get(l.code) ?? 0);
    const weights = own.map((l) => l.weight);
    months.forEach((month, position) => {
      const m = builder.month(month);
      generateDistrictMonth(seed, d, month, position, months.length, weights, (lsoa, type, count) => {
        builder.add(m, ids[lsoa] ?? 0, typeIds.get(type) ?? 0, count);
        builder.recordsCounted += count;
      });
    });
  });
  return builder.build(sampleSource());
}

/** Synthetic populations for every sample district and the force area, for each year of the sample. */
export function samplePopulation(options: SampleOptions = {}): PopulationTable {
  const end = options.endMonth ?? SAMPLE_END_MONTH;
  const first = addMonths(end, -((options.months ?? SAMPLE_MONTH_COUNT) - 1));
  const rows: PopulationRow[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    let force = 0;
    for (const district of SAMPLE_DISTRICTS) {
      const population = Math.round((district.population * 1.008 ** (year - 2021)) / 100) * 100;
      force += population;
      rows.push({ area: district.name, year, population, note: 'synthetic' });
    }
    rows.push({ area: 'Kent', year, population: force, note: 'synthetic' });
  }
  return new PopulationTable(sampleSource(), rows);
}

const CSV_HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const OUTCOMES = [
  'Investigation complete; no suspect identified',
  'Unable to prosecute suspect',
  'Under investigation',
  'Local resolution',
  'Offender given a caution',
  'Awaiting court outcome',
];

/**
 * One month of the sample as a police.uk street-level CSV file, in chunks of about `chunkSize`
 * characters (so a test can feed a whole force-year without holding it). Crime IDs and streets
 * are plainly made up ("SAMPLE-..."; "On or near Sample Street").
 */
export function* samplePoliceCsvChunks(
  month: Month,
  options: SampleOptions & { chunkSize?: number; lineEnding?: '\n' | '\r\n' } = {},
): Generator<string> {
  const chunkSize = options.chunkSize ?? 65_536;
  const eol = options.lineEnding ?? '\n';
  const lsoas = sampleLsoas(options.seed);
  const random = seededRandom(mixSeed(options.seed ?? SAMPLE_SEED, monthNumber(month), 2));
  let chunk = CSV_HEADER + eol;
  let serial = 0;
  const seed = options.seed ?? SAMPLE_SEED;
  const months = sampleMonths(options);
  const position = months.indexOf(month);
  if (position < 0)
    throw new RangeError(`The sample has no ${month}: it covers ${months[0]} to ${months.at(-1)}.`);
  for (const [d, own] of lsoasByDistrict(lsoas).entries()) {
    // One district-month of cells at a time: a few hundred entries, whatever the month's size.
    const cells: [SampleLsoa, KnownCrimeType, number][] = [];
    const weights = own.map((l) => l.weight);
    generateDistrictMonth(seed, d, month, position, months.length, weights, (lsoa, type, count) =>
      cells.push([own[lsoa] as SampleLsoa, type, count]),
    );
    for (const [lsoa, type, count] of cells) {
      const name = crimeTypeName(type);
      const asb = type === 'anti-social-behaviour';
      for (let i = 0; i < count; i++) {
        const id = asb ? '' : `SAMPLE-${month}-${String(++serial).padStart(6, '0')}`;
        const outcome = asb ? '' : (OUTCOMES[Math.floor(random() * OUTCOMES.length)] ?? '');
        const lng = (lsoa.longitude + (random() - 0.5) * 0.01).toFixed(6);
        const lat = (lsoa.latitude + (random() - 0.5) * 0.01).toFixed(6);
        chunk += `${id},${month},Kent Police,Kent Police,${lng},${lat},On or near Sample Street,${lsoa.code},${lsoa.name},${name},${outcome},${eol}`;
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = '';
        }
      }
    }
  }
  if (chunk) yield chunk;
}

/** One month of the sample as police.uk CSV text. */
export function samplePoliceCsv(month: Month, options: SampleOptions = {}): string {
  return [...samplePoliceCsvChunks(month, options)].join('');
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
