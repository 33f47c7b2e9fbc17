import { parseFigure } from './numbers';
import { PopulationTable, type PopulationRow } from './population';
import { isoDay, ukDate, type DataSource } from './source';
import { readTableCsv } from './table-csv';
import type { DataFile } from './text-input';

/**
 * A partner's own figure (domestic abuse incidents, MARAC cases...) from a tidy CSV with the
 * columns `period, area, measure, value`.
 */
export interface TidyFigure {
  /** "2017-10" (month), "2017" (year), "2017/18" (financial year) or "2017-Q3" (quarter). */
  readonly period: string;
  readonly periodKind: 'month' | 'year' | 'financial-year' | 'quarter';
  readonly area: string;
  readonly measure: string;
  /** null when the source marks it unavailable ("[x]"). */
  readonly value: number | null;
  readonly note: string | null;
  readonly line: number;
}

export interface TidyFigures {
  readonly source: DataSource;
  readonly figures: readonly TidyFigure[];
  readonly measures: readonly string[];
  readonly areas: readonly string[];
}

/** The kind of a tidy period, or null when it is none of the accepted forms. */
export function periodKind(period: string): TidyFigure['periodKind'] | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? 'month' : null;
  if (/^\d{4}$/.test(period)) return 'year';
  m = /^(\d{4})\/(\d{2})$/.exec(period);
  if (m) return (Number(m[1]) + 1) % 100 === Number(m[2]) ? 'financial-year' : null;
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  return null;
}

/** Reads a tidy CSV; any unclear cell stops the import with its file, line and column. */
export async function readTidyCsv(
  file: DataFile,
  options: { retrieved?: string } = {},
): Promise<TidyFigures> {
  const figures: TidyFigure[] = [];
  const seen = new Map<string, number>();
  await readTableCsv(
    file,
    ['period', 'area', 'measure', 'value'],
    (row) => {
      const period = row.get('period');
      const kind = periodKind(period);
      if (!kind) {
        throw row.error(
          'tidy-period-invalid',
          'period',
          `"${period}" is not a period; write a month (2017-10), a year (2017), a financial year (2017/18) or a quarter (2017-Q3)`,
        );
      }
      const area = row.get('area');
      if (!area) throw row.error('tidy-area-missing', 'area', 'the area is blank');
      const measure = row.get('measure');
      if (!measure) throw row.error('tidy-measure-missing', 'measure', 'the measure is blank');
      const parsed = parseFigure(row.get('value'));
      if (!parsed.ok) throw row.error('tidy-value-invalid', 'value', `the value ${parsed.problem}`);
      const key = `${period}\u0000${area.toLowerCase()}\u0000${measure.toLowerCase()}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw row.error(
          'tidy-duplicate',
          'value',
          `${measure} for ${area} in ${period} is also given on line ${earlier}; keep one of the two`,
        );
      }
      seen.set(key, row.line);
      figures.push({
        period,
        periodKind: kind,
        area,
        measure,
        value: parsed.value,
        note: parsed.note,
        line: row.line,
      });
    },
    'tidy CSV of partner figures',
  );
  const retrieved = options.retrieved ?? isoDay(new Date());
  return {
    source: {
      kind: 'tidy-csv',
      label: `${file.name}, imported ${ukDate(retrieved)}`,
      retrieved,
      files: [file.name],
    },
    figures,
    measures: [...new Set(figures.map((f) => f.measure))].sort(),
    areas: [...new Set(figures.map((f) => f.area))].sort(),
  };
}

/** Reads a population CSV (`area, year, population`); "[x]" is kept as unavailable. */
export async function readPopulationCsv(
  file: DataFile,
  options: { retrieved?: string; label?: string } = {},
): Promise<PopulationTable> {
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  await readTableCsv(
    file,
    ['area', 'year', 'population'],
    (row) => {
      const area = row.get('area');
      if (!area) throw row.error('population-area-missing', 'area', 'the area is blank');
      const yearText = row.get('year');
      if (!/^\d{4}$/.test(yearText))
        throw row.error('population-year-invalid', 'year', `"${yearText}" is not a year like 2017`);
      const year = Number(yearText);
      const parsed = parseFigure(row.get('population'), { integer: true, nonNegative: true });
      if (!parsed.ok) throw row.error('population-invalid', 'population', `the population ${parsed.problem}`);
      const key = `${area.toLowerCase()}\u0000${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw row.error(
          'population-duplicate',
          'population',
          `${area} ${year} is also given on line ${earlier}; keep one`,
        );
      }
      seen.set(key, row.line);
      rows.push({ area, year, population: parsed.value, note: parsed.note });
    },
    'population CSV',
  );
  const retrieved = options.retrieved ?? isoDay(new Date());
  return new PopulationTable(
    {
      kind: 'tidy-csv',
      label: options.label ?? `${file.name}, imported ${ukDate(retrieved)}`,
      retrieved,
      files: [file.name],
    },
    rows,
  );
}
