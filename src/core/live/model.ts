/**
 * What a live element computes: a neutral model of what the region shows (a table, a sentence, or
 * something an extension renders, like a chart), plus its figures as labelled values for the
 * refresh diff and the preview. Nothing here knows about OOXML or a host.
 */
import type { CrimeDataset } from '../data/dataset';
import type { Month } from '../data/months';
import type { PopulationTable } from '../data/population';
import type { Workbook } from '../data/spreadsheet';
import type { RegionContent, TableColumn, TableRow } from '../content/blocks';

/** One line of "What changed". */
export interface FigureChange {
  where: string;
  from: string;
  to: string;
}

/** One figure the region shows, named so a person can find it: "Burglary, % change" → "+4.2%". */
export interface LabelledValue {
  where: string;
  value: string;
}

/** A live table's columns and rows are the content model's (core/content). */
export type LiveTableColumn = TableColumn;
export type LiveTableRow = TableRow;

/** A live table: rendered as a caption, the table and a source line (`renderTableOrFigure`). */
export interface LiveTable {
  /** After "Table N: ". */
  caption: string;
  columns: readonly LiveTableColumn[];
  rows: readonly LiveTableRow[];
  /** After "Source: ". */
  source: string;
  /** Alt text for the table. */
  description: string;
}

export type LiveRendering =
  | { kind: 'table'; title: string; table: LiveTable; figures: LabelledValue[] }
  /** One number in a sentence, e.g. "Total recorded crime in Maidstone rose by 4.2% …". */
  | { kind: 'figure'; title: string; text: string; value: string; source: string; figures: LabelledValue[] }
  /** Rendered by the element itself (charts, consultation summary): `model` is the element's own. */
  | { kind: 'chart' | 'other'; title: string; source: string; figures: LabelledValue[]; model: unknown };

/** What an element's query gets: the data, and the spec's area, period end and options. */
export interface LiveElementInput {
  data: CrimeDataset;
  /** Needed by rate elements; null when the source has none. */
  population: PopulationTable | null;
  /** A district, e.g. "Maidstone". */
  area: string;
  periodEnd: Month;
  options: Readonly<Record<string, string>>;
  /** Workbooks given with the data (spreadsheet elements pick theirs by file name). */
  workbooks?: readonly Workbook[];
  /** The time of the read, for source lines that say when ("read 4 Dec 2026"); default now. */
  now?: Date;
}

export interface RenderContext {
  /** The number Word shows in "Table N:" until it updates its SEQ fields. */
  tableNumber: number;
  /** Same for "Figure N:" (charts). */
  figureNumber: number;
}

export type ElementKind = 'table' | 'figure' | 'chart' | 'other';

export interface LiveElement {
  /** Stored in the spec: never rename one. "crime-by-category-yoy", "figure:burglary-change-pct". */
  readonly name: string;
  /** In lists: "Recorded crime by category, year on year". */
  readonly label: string;
  readonly kind: ElementKind;
  /** True when it needs a population table (rates). */
  readonly needsPopulation?: boolean;
  /**
   * "workbook": its figures come from a spreadsheet named in the spec's `file` option, not from
   * the crime data; it has no area or period. "comments": made from the report's comments by the
   * consultation use cases (the consultation summary), which insert and refresh it; the data
   * use cases leave it as it was and say where to refresh it. Default "crime-data".
   */
  readonly dataFrom?: 'crime-data' | 'workbook' | 'comments';
  /**
   * Its own refresh diff (old figures → new figures), e.g. one line for a row added rather than
   * one per cell. Default: every figure that differs (core/live/regions.ts `diffFigures`).
   */
  diff?(before: readonly LabelledValue[], after: readonly LabelledValue[]): FigureChange[];
  /** Pure query. Throws a ReportError (with what to do) when it cannot compute, e.g. area not in data. */
  compute(input: LiveElementInput): LiveRendering;
  /** The region's content as neutral blocks; each host renders them to its document's markup. */
  render(rendering: LiveRendering, context: RenderContext): RegionContent | Promise<RegionContent>;
}
