import { ANTI_SOCIAL_BEHAVIOUR, compareCrimeTypes, type CrimeType } from './crime-types';
import { monthFromNumber, monthNumber, type Month, type MonthWindow } from './months';
import { SkippedRowLog, type DataPlace, type SkippedRows } from './problems';
import type { DataSource } from './source';

/** A district of the force area as the LSOA names give it, e.g. "Tunbridge Wells". */
export type District = string;

/** A place crimes are counted for: an LSOA, or only a district (API data), or nowhere known. */
export interface CrimeArea {
  /** LSOA code, e.g. "E01024321"; null for rows without location and for API data. */
  readonly lsoaCode: string | null;
  /** LSOA name, e.g. "Maidstone 014C"; null when not known. */
  readonly lsoaName: string | null;
  /** null when the row gives no way to tell (no location). */
  readonly district: District | null;
  /** True for the sample's made-up LSOAs, so nobody mistakes them for real ones. */
  readonly synthetic: boolean;
}

/** A crime type found in the data that the product does not list: kept in the counts and reported. */
export interface UnknownCrimeType {
  readonly slug: CrimeType;
  /** As written in the data. */
  readonly name: string;
  readonly rows: number;
  readonly firstSeen: DataPlace | null;
}

/**
 * Which crimes to count. The window is required (a live element always states its period); every
 * other filter is optional and they combine with AND.
 */
export interface CrimeQuery {
  readonly window: MonthWindow;
  /** Only these types. */
  readonly crimeTypes?: readonly CrimeType[];
  /** Not these types: `['anti-social-behaviour']` gives total recorded crime. */
  readonly excludeCrimeTypes?: readonly CrimeType[];
  readonly district?: District;
  readonly lsoaCode?: string;
}

/**
 * Total recorded crime as police.uk tables give it: every type except anti-social behaviour.
 * Spread into a query: `data.count({ window, district, ...RECORDED_CRIME })`.
 */
export const RECORDED_CRIME: Pick<CrimeQuery, 'excludeCrimeTypes'> = {
  excludeCrimeTypes: [ANTI_SOCIAL_BEHAVIOUR],
};

export type CrimeGrouping = 'crimeType' | 'district' | 'lsoa' | 'month';

/**
 * Monthly crime counts by (month, area, crime type), aggregated while reading so the size depends
 * on the number of distinct cells, never on the number of rows. Immutable once built.
 */
export class CrimeDataset {
  /** Months with data, ascending. A month absent here is unknown, not zero. */
  readonly months: readonly Month[];
  /** Districts with data, alphabetical. */
  readonly districts: readonly District[];
  /** Types with data: the documented order, then unknown types. */
  readonly crimeTypes: readonly CrimeType[];
  readonly areas: readonly CrimeArea[];
  readonly unknownCrimeTypes: readonly UnknownCrimeType[];
  readonly skipped: readonly SkippedRows[];
  /** Rows counted but with something to say, e.g. an LSOA name that names no district. */
  readonly notes: readonly SkippedRows[];
  /** Records counted (rows for CSV, crimes for the API). */
  readonly recordsCounted: number;
  /** Of those, records with no location (no coordinates or no LSOA). */
  readonly recordsWithoutLocation: number;

  private readonly monthNumbers: Int32Array;
  private readonly monthStart: Uint32Array;
  private readonly cellArea: Uint32Array;
  private readonly cellType: Uint16Array;
  private readonly cellCount: Uint32Array;

  /** Use `CrimeDatasetBuilder`. */
  constructor(
    readonly source: DataSource,
    parts: {
      months: Month[];
      areas: CrimeArea[];
      crimeTypes: CrimeType[];
      /** Cells grouped by month: month m's cells are monthStart[m] .. monthStart[m + 1] - 1. */
      cells: { area: Uint32Array; type: Uint16Array; count: Uint32Array; monthStart: Uint32Array };
      unknownCrimeTypes: UnknownCrimeType[];
      skipped: SkippedRows[];
      notes: SkippedRows[];
      recordsCounted: number;
      recordsWithoutLocation: number;
    },
  ) {
    this.months = parts.months;
    this.areas = parts.areas;
    this.crimeTypes = parts.crimeTypes;
    this.unknownCrimeTypes = parts.unknownCrimeTypes;
    this.skipped = parts.skipped;
    this.notes = parts.notes;
    this.recordsCounted = parts.recordsCounted;
    this.recordsWithoutLocation = parts.recordsWithoutLocation;
    const districts = new Set<District>();
    for (const area of parts.areas) if (area.district !== null) districts.add(area.district);
    this.districts = [...districts].sort();
    this.monthNumbers = Int32Array.from(parts.months, monthNumber);
    this.cellArea = parts.cells.area;
    this.cellType = parts.cells.type;
    this.cellCount = parts.cells.count;
    this.monthStart = parts.cells.monthStart;
  }

  /** The latest month with data: the default period end of a live element. */
  get latestMonth(): Month | null {
    return this.months[this.months.length - 1] ?? null;
  }

  /** Total rows skipped for any reason. */
  get recordsSkipped(): number {
    return this.skipped.reduce((sum, s) => sum + s.count, 0);
  }

  /** Months of the window that have no data. A total over a window with gaps is not comparable. */
  missingMonths(window: MonthWindow): Month[] {
    const present = new Set(this.months);
    const missing: Month[] = [];
    for (let n = monthNumber(window.from); n <= monthNumber(window.to); n++) {
      const month = monthFromNumber(n);
      if (!present.has(month)) missing.push(month);
    }
    return missing;
  }

  /** Crimes matching the query, e.g. burglary in Maidstone over 12 months. */
  count(query: CrimeQuery): number {
    let total = 0;
    this.scan(query, (_m, _a, _t, count) => {
      total += count;
    });
    return total;
  }

  /**
   * Crimes matching the query grouped by type, district, LSOA code or month. Groups with no crimes
   * are absent; the null key collects crimes whose district or LSOA is unknown.
   */
  countBy(query: CrimeQuery, by: CrimeGrouping): Map<string | null, number> {
    const groups = new Map<string | null, number>();
    this.scan(query, (m, a, t, count) => {
      let key: string | null;
      if (by === 'crimeType') key = this.crimeTypes[t] ?? null;
      else if (by === 'month') key = this.months[m] ?? null;
      else if (by === 'district') key = this.areas[a]?.district ?? null;
      else key = this.areas[a]?.lsoaCode ?? null;
      groups.set(key, (groups.get(key) ?? 0) + count);
    });
    return groups;
  }

  /**
   * One value per month of the window, in order, for trend and SPC charts. A month with no data is
   * null, not 0, so a chart shows a gap rather than a false fall.
   */
  monthlySeries(query: CrimeQuery): { month: Month; count: number | null }[] {
    const byMonth = this.countBy(query, 'month');
    const present = new Set(this.months);
    const series: { month: Month; count: number | null }[] = [];
    for (let n = monthNumber(query.window.from); n <= monthNumber(query.window.to); n++) {
      const month = monthFromNumber(n);
      series.push({ month, count: present.has(month) ? (byMonth.get(month) ?? 0) : null });
    }
    return series;
  }

  /** Visits every cell that matches: months by binary search, areas and types by precomputed masks. */
  private scan(
    query: CrimeQuery,
    visit: (month: number, area: number, type: number, count: number) => void,
  ): void {
    const typeMask = new Uint8Array(this.crimeTypes.length);
    this.crimeTypes.forEach((type, i) => {
      const included = !query.crimeTypes || query.crimeTypes.includes(type);
      const excluded = query.excludeCrimeTypes?.includes(type) ?? false;
      typeMask[i] = included && !excluded ? 1 : 0;
    });
    const areaFilter = query.district !== undefined || query.lsoaCode !== undefined;
    const areaMask = new Uint8Array(areaFilter ? this.areas.length : 0);
    if (areaFilter) {
      this.areas.forEach((area, i) => {
        const districtOk = query.district === undefined || area.district === query.district;
        const lsoaOk = query.lsoaCode === undefined || area.lsoaCode === query.lsoaCode;
        areaMask[i] = districtOk && lsoaOk ? 1 : 0;
      });
    }
    const first = lowerBound(this.monthNumbers, monthNumber(query.window.from));
    const last = lowerBound(this.monthNumbers, monthNumber(query.window.to) + 1);
    for (let m = first; m < last; m++) {
      const end = this.monthStart[m + 1] ?? 0;
      for (let i = this.monthStart[m] ?? 0; i < end; i++) {
        const t = this.cellType[i] ?? 0;
        const a = this.cellArea[i] ?? 0;
        if (typeMask[t] === 0 || (areaFilter && areaMask[a] === 0)) continue;
        visit(m, a, t, this.cellCount[i] ?? 0);
      }
    }
  }
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const AREA_SHIFT = 2 ** 10;
const MAX_TYPES = AREA_SHIFT;
const MAX_AREAS = 2 ** 20;

/**
 * Builds a CrimeDataset while records stream in. Readers intern each month, area and type to a
 * small number once, then add counts to one map keyed by a number, so a row costs a few map
 * look-ups and no allocation.
 */
export class CrimeDatasetBuilder {
  readonly skippedRows = new SkippedRowLog();
  /** Rows kept and counted that deserve a word (same shape as skipped rows). */
  readonly notedRows = new SkippedRowLog();
  recordsCounted = 0;
  recordsWithoutLocation = 0;

  private readonly monthIds = new Map<Month, number>();
  private readonly monthList: Month[] = [];
  private readonly areaIds = new Map<string, number>();
  private readonly areaList: CrimeArea[] = [];
  private readonly typeIds = new Map<CrimeType, number>();
  private readonly typeList: CrimeType[] = [];
  /** Per month index: counts keyed by area × 1024 + type (small integers, so V8 keeps them unboxed). */
  private readonly cells: Map<number, number>[] = [];
  private readonly unknown = new Map<
    CrimeType,
    { name: string; rows: number; firstSeen: DataPlace | null }
  >();

  /** Index of a month; the caller has checked it is `YYYY-MM`. */
  month(month: Month): number {
    let id = this.monthIds.get(month);
    if (id === undefined) {
      id = this.monthList.length;
      this.monthList.push(detach(month));
      this.cells.push(new Map());
      this.monthIds.set(this.monthList[id] as Month, id);
    }
    return id;
  }

  /** Index of an area; LSOA code identifies it, else its name, else its district. */
  area(
    lsoaCode: string | null,
    lsoaName: string | null,
    district: District | null,
    synthetic = false,
  ): number {
    const key = lsoaCode ? lsoaCode : lsoaName ? `name:${lsoaName}` : district ? `district:${district}` : '';
    let id = this.areaIds.get(key);
    if (id === undefined) {
      id = this.areaList.length;
      if (id >= MAX_AREAS) throw new RangeError('More than a million areas in one data set.');
      this.areaList.push({
        lsoaCode: lsoaCode ? detach(lsoaCode) : null,
        lsoaName: lsoaName ? detach(lsoaName) : null,
        district: district ? detach(district) : null,
        synthetic,
      });
      this.areaIds.set(detach(key), id);
    }
    return id;
  }

  crimeType(slug: CrimeType): number {
    let id = this.typeIds.get(slug);
    if (id === undefined) {
      id = this.typeList.length;
      if (id >= MAX_TYPES) throw new RangeError('More than 1,024 crime types in one data set.');
      this.typeList.push(detach(slug));
      this.typeIds.set(this.typeList[id] as CrimeType, id);
    }
    return id;
  }

  /** Records one use of a type the product does not list (it is counted like any other). */
  noteUnknownType(slug: CrimeType, name: string, place: DataPlace | null): void {
    const entry = this.unknown.get(slug);
    if (entry) entry.rows++;
    else this.unknown.set(detach(slug), { name: detach(name), rows: 1, firstSeen: place });
  }

  add(month: number, area: number, crimeType: number, count = 1): void {
    const key = area * AREA_SHIFT + crimeType;
    // Files come grouped (by type, LSOA or both), so the same cell often comes many times in a
    // row: its count is kept aside until another cell comes, saving a map read and write per row.
    if (key === this.runKey && month === this.runMonth) {
      this.runCount += count;
      return;
    }
    this.endRun();
    this.runMonth = month;
    this.runKey = key;
    this.runCount = count;
  }

  /** The cell being added to row after row (see `add`): month index, key and count not yet in `cells`. */
  private runMonth = -1;
  private runKey = -1;
  private runCount = 0;

  private endRun(): void {
    if (this.runMonth < 0) return;
    const cells = this.cells[this.runMonth] as Map<number, number>;
    cells.set(this.runKey, (cells.get(this.runKey) ?? 0) + this.runCount);
    this.runMonth = -1;
    this.runKey = -1;
    this.runCount = 0;
  }

  build(source: DataSource): CrimeDataset {
    this.endRun();
    const monthOrder = this.monthList
      .map((_, i) => i)
      .sort((a, b) => cmp(this.monthList[a], this.monthList[b]));
    const areaOrder = this.areaList
      .map((_, i) => i)
      .sort((a, b) => compareAreas(this.areaList[a], this.areaList[b]));
    const typeOrder = this.typeList
      .map((_, i) => i)
      .sort((a, b) => compareCrimeTypes(this.typeList[a] as CrimeType, this.typeList[b] as CrimeType));
    const newArea = inverse(areaOrder);
    const newType = inverse(typeOrder);
    // Cells only need grouping by month for queries; within a month their order does not matter.
    let size = 0;
    for (const cells of this.cells) size += cells.size;
    const cellArea = new Uint32Array(size);
    const cellType = new Uint16Array(size);
    const cellCount = new Uint32Array(size);
    const monthStart = new Uint32Array(monthOrder.length + 1);
    let i = 0;
    const put = (count: number, key: number): void => {
      const a = Math.floor(key / AREA_SHIFT);
      cellArea[i] = newArea[a] ?? 0;
      cellType[i] = newType[key - a * AREA_SHIFT] ?? 0;
      cellCount[i] = count;
      i++;
    };
    for (let position = 0; position < monthOrder.length; position++) {
      monthStart[position] = i;
      // forEach, not for…of: a force-year has ~100,000 cells, and for…of makes an array per entry.
      (this.cells[monthOrder[position] as number] as Map<number, number>).forEach(put);
    }
    monthStart[monthOrder.length] = i;
    return new CrimeDataset(source, {
      months: monthOrder.map((i) => this.monthList[i] as Month),
      areas: areaOrder.map((i) => this.areaList[i] as CrimeArea),
      crimeTypes: typeOrder.map((i) => this.typeList[i] as CrimeType),
      cells: { area: cellArea, type: cellType, count: cellCount, monthStart },
      unknownCrimeTypes: [...this.unknown].map(([slug, u]) => ({ slug, ...u })),
      skipped: this.skippedRows.list(),
      notes: this.notedRows.list(),
      recordsCounted: this.recordsCounted,
      recordsWithoutLocation: this.recordsWithoutLocation,
    });
  }
}

function inverse(order: number[]): number[] {
  const result: number[] = new Array<number>(order.length);
  order.forEach((old, position) => (result[old] = position));
  return result;
}

function cmp(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareAreas(a: CrimeArea | undefined, b: CrimeArea | undefined): number {
  // Unknown districts last, so tables list real places first.
  const da = a?.district ?? '\uffff';
  const db = b?.district ?? '\uffff';
  return cmp(da, db) || cmp(a?.lsoaName, b?.lsoaName) || cmp(a?.lsoaCode, b?.lsoaCode);
}

/**
 * A copy of a string that does not share memory with the chunk it was cut from: V8 slices keep
 * their parent alive, and an interned LSOA name would otherwise pin a whole 64 KB chunk.
 */
function detach(text: string): string {
  return (' ' + text).slice(1);
}
