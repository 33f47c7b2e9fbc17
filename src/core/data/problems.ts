import { ReportError } from '../errors';

/** Where in a data file something is: 1-based line and column (column = field position). */
export interface DataPlace {
  readonly file: string;
  readonly line: number;
  /** 1-based field position; null when the problem is the whole row. */
  readonly column: number | null;
  /** The header name of that column, when the file has one. */
  readonly columnName?: string | null;
}

/** A problem that did not stop the import: the row named was skipped or kept as described. */
export interface DataWarning extends DataPlace {
  /** Stable id for tests and the CLI's JSON, e.g. "month-invalid". */
  readonly code: string;
  readonly message: string;
}

/** Rows skipped for one reason: how many, and the first few places so the officer can look. */
export interface SkippedRows {
  readonly code: string;
  readonly reason: string;
  readonly count: number;
  readonly examples: readonly DataWarning[];
}

/** A problem that stops an import: the message names the file, line and column. */
export class DataFileError extends ReportError {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;

  constructor(
    code: string,
    message: string,
    place: { file: string; line?: number | null; column?: number | null },
  ) {
    super(code, message, placeText(place));
    this.file = place.file;
    this.line = place.line ?? null;
    this.column = place.column ?? null;
  }
}

/** "Maidstone.csv, line 12, column 2 (Month)": the officer-readable form of a place. */
export function placeText(place: {
  file: string;
  line?: number | null;
  column?: number | null;
  columnName?: string | null;
}): string {
  let text = place.file;
  if (place.line != null) text += `, line ${place.line}`;
  if (place.column != null) {
    text += `, column ${place.column}`;
    if (place.columnName) text += ` (${place.columnName})`;
  }
  return text;
}

const EXAMPLES_KEPT = 20;

/**
 * Collects skipped rows by reason. Keeps counts and a few examples only, so a file where every
 * row is bad still reads in constant memory.
 */
export class SkippedRowLog {
  private readonly byCode = new Map<string, { reason: string; count: number; examples: DataWarning[] }>();

  skip(warning: DataWarning, reason: string): void {
    let entry = this.byCode.get(warning.code);
    if (!entry) {
      entry = { reason, count: 0, examples: [] };
      this.byCode.set(warning.code, entry);
    }
    entry.count++;
    if (entry.examples.length < EXAMPLES_KEPT) entry.examples.push(warning);
  }

  get total(): number {
    let total = 0;
    for (const entry of this.byCode.values()) total += entry.count;
    return total;
  }

  list(): SkippedRows[] {
    return [...this.byCode].map(([code, e]) => ({
      code,
      reason: e.reason,
      count: e.count,
      examples: [...e.examples],
    }));
  }
}
