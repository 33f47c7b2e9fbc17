/**
 * Small police.uk CSV files written by the tests, with the rows kept so each test can work out
 * the expected figures itself (plain loops over the rows, not the product's queries).
 */
import { readPoliceCsvFiles, textFile } from '../../../../src/core/data';
import type { CrimeDataset } from '../../../../src/core/data';

export interface Row {
  month: string;
  lsoaCode: string;
  lsoaName: string;
  type: string;
}

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

export const TYPES = [
  'Anti-social behaviour',
  'Burglary',
  'Criminal damage and arson',
  'Shoplifting',
  'Vehicle crime',
  'Violence and sexual offences',
];

export const LSOAS = [
  { code: 'E01024001', name: 'Maidstone 001A' },
  { code: 'E01024002', name: 'Maidstone 002B' },
  { code: 'E01024003', name: 'Maidstone 003C' },
  { code: 'E01024100', name: 'Swale 001A' },
  { code: 'E01024101', name: 'Swale 002A' },
];

/** Months `YYYY-MM` from `first`, `count` of them. */
export function months(first: string, count: number): string[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/** Deterministic rows: the count for (month, lsoa, type) varies with all three, and with `shift`. */
export function makeRows(monthList: readonly string[], shift = 0): Row[] {
  const rows: Row[] = [];
  monthList.forEach((month, mi) => {
    LSOAS.forEach((lsoa, li) => {
      TYPES.forEach((type, ti) => {
        const count = ((mi * 7 + li * 3 + ti * 5 + shift) % 6) + Math.floor(mi / 12) * ((li + ti) % 3);
        for (let k = 0; k < count; k++) rows.push({ month, lsoaCode: lsoa.code, lsoaName: lsoa.name, type });
      });
    });
  });
  return rows;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The rows as police.uk CSV text, one file per month. */
export function csvFiles(rows: readonly Row[]): { name: string; text: string }[] {
  const byMonth = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const asb = row.type === 'Anti-social behaviour';
    const line = [
      asb ? '' : `id${i}`,
      row.month,
      'Kent Police',
      'Kent Police',
      '0.52',
      '51.27',
      'On or near High Street',
      row.lsoaCode,
      row.lsoaName,
      row.type,
      asb ? '' : 'Under investigation',
      '',
    ]
      .map(quote)
      .join(',');
    const lines = byMonth.get(row.month) ?? [];
    lines.push(line);
    byMonth.set(row.month, lines);
  });
  return [...byMonth].map(([month, lines]) => ({
    name: `${month}-kent-street.csv`,
    text: `${HEADER}\r\n${lines.join('\r\n')}\r\n`,
  }));
}

export function datasetOf(rows: readonly Row[]): Promise<CrimeDataset> {
  return readPoliceCsvFiles(
    csvFiles(rows).map((f) => textFile(f.name, f.text)),
    { retrieved: '2018-01-12' },
  );
}

/** Rows counted by a filter: the test's own arithmetic. */
export function countRows(rows: readonly Row[], test: (row: Row) => boolean): number {
  let n = 0;
  for (const row of rows) if (test(row)) n++;
  return n;
}

export const districtOf = (row: Row) => row.lsoaName.replace(/\s+\d{3}[A-Z]$/, '');
