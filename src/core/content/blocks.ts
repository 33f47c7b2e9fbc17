/**
 * Report content as a neutral block model: what a live region (or a new report) shows, in the
 * report's own terms — paragraphs, numbered captions, accessible tables, pictures with alt text and
 * source lines. Nothing here knows about WordprocessingML: ooxml/render-blocks.ts turns blocks into
 * the markup both hosts write, and `contentText` gives their visible text without any parsing.
 */

/** A stretch of text with its own emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
}

/**
 * A paragraph. `style` is a Word built-in paragraph style id ("Title", "Heading1", "Caption");
 * absent: the document's default (Normal). Tabs and line breaks in the text show as Word shows them.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: string | readonly TextRun[];
  style?: string;
}

/** "Table N: text" or "Figure N: text": numbered by Word (a SEQ field), `number` shown until it renumbers. */
export interface CaptionBlock {
  kind: 'caption';
  label: 'Table' | 'Figure';
  number: number;
  text: string;
  /**
   * Write the field as SEQ \\r number, so it shows `number` after fields update however many
   * fields come before it: set when typed captions above mean Word would count differently
   * (core/report/captions.ts).
   */
  restart?: boolean;
}

export interface TableColumn {
  header: string;
  /** Numbers are right-aligned so their digits line up. */
  align: 'left' | 'right';
  /**
   * "fit": just wide enough for the longest word of its header and its cells (a column of counts
   * under a one- or two-word header), never breaking a word; the other columns share the rest.
   * Absent: a share of the width in proportion to its text.
   */
  width?: 'fit';
}

/**
 * A merged cell (a spreadsheet's), one per column: `columns` is how many columns the cell spans (0
 * for a column covered by the cell to its left), `down` marks a merge over several rows.
 */
export interface CellSpan {
  columns: number;
  down?: 'start' | 'continue';
}

export interface TableRow {
  cells: readonly string[];
  /** "highlight": the report's own area among others (shaded and bold); "bold": stands out. */
  emphasis?: 'bold' | 'highlight';
  /** A total row gets a rule above it and bold text. */
  kind?: 'total' | 'normal';
  /** Merged cells, one per column; absent: none. */
  spans?: readonly CellSpan[];
}

/**
 * An accessible table: one header row (repeated on each page, announced by screen readers), then
 * the rows; `title` and `description` are its alt text.
 */
export interface TableBlock {
  kind: 'table';
  title: string;
  description: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /**
   * Each row kept whole on one page (w:cantSplit), for tables of short rows. Absent: body rows may
   * break across pages (a row that cannot split and is taller than a page is cut off).
   */
  keepRowsWhole?: boolean;
}

/** A PNG shown inline on its own line, kept with its caption. */
export interface PictureBlock {
  kind: 'picture';
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Width on the page; the height keeps the pixel aspect ratio. */
  widthInches: number;
  /** Shown in Word's selection pane, e.g. "Chart bar". */
  name: string;
  /** Alt text. */
  title: string;
  description: string;
  /**
   * Gives the drawing its id in the document: stable across refreshes and unique in the document
   * (derive it from the region's tag).
   */
  drawingKey: string;
}

/** "Source: text" under a table or figure. */
export interface SourceBlock {
  kind: 'source';
  text: string;
}

export type ContentBlock = ParagraphBlock | CaptionBlock | TableBlock | PictureBlock | SourceBlock;

/** What a live region shows: its blocks in order (pictures carry their own bytes). */
export interface RegionContent {
  blocks: readonly ContentBlock[];
}

/**
 * A table block, refused (RangeError) when it could not be written: no columns, or a row with
 * more cells than the table has columns.
 */
export function tableBlock(table: Omit<TableBlock, 'kind'>): TableBlock {
  if (table.columns.length === 0) throw new RangeError('A data table needs at least one column.');
  const wide = table.rows.findIndex((row) => row.cells.length > table.columns.length);
  if (wide !== -1) throw new RangeError(`Row ${wide + 1} has more cells than the table has columns.`);
  return { kind: 'table', ...table };
}

/** The number a caption shows until Word updates its fields: a whole number, at least 1. */
export function captionNumber(number: number): number {
  return Math.max(1, Math.floor(number));
}
