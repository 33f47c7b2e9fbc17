import type { DataSource } from './source';

/** One population figure: an area (a district, or the force area) in a year. */
export interface PopulationRow {
  readonly area: string;
  readonly year: number;
  /** null when the source marks it unavailable ("[x]"); see `note`. */
  readonly population: number | null;
  readonly note: string | null;
}

/** Populations for crime rates per 1,000 people. */
export class PopulationTable {
  private readonly byKey = new Map<string, PopulationRow>();

  constructor(
    readonly source: DataSource,
    readonly rows: readonly PopulationRow[],
  ) {
    for (const row of rows) this.byKey.set(key(row.area, row.year), row);
  }

  get areas(): string[] {
    return [...new Set(this.rows.map((r) => r.area))].sort();
  }

  get years(): number[] {
    return [...new Set(this.rows.map((r) => r.year))].sort((a, b) => a - b);
  }

  /** The population of an area in a year; null when unavailable, undefined when not in the table. */
  population(area: string, year: number): number | null | undefined {
    const row = this.byKey.get(key(area, year));
    return row ? row.population : undefined;
  }

  /**
   * The most recent figure at or before `year` (populations are published a year or two late):
   * the row, so the caller can say which year's population a rate uses.
   */
  latest(area: string, year: number): PopulationRow | undefined {
    let best: PopulationRow | undefined;
    for (const row of this.rows) {
      if (row.area.toLowerCase() !== area.toLowerCase() || row.year > year || row.population === null)
        continue;
      if (!best || row.year > best.year) best = row;
    }
    return best;
  }
}

function key(area: string, year: number): string {
  return `${area.toLowerCase()}\u0000${year}`;
}
