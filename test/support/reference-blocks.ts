/**
 * The block builders live regions were written with before content blocks (ooxml/render-blocks.ts):
 * caption, table or picture, and source line, after the region's hidden lead paragraph. Kept as
 * the reference for the old markup: render-blocks must still write it byte for byte, and hash it
 * as regions already in people's documents were hashed (test/unit/ooxml/render-blocks.test.ts);
 * other tests use them to make a region's markup without going through an element.
 */
import { REGION_LEAD_PARAGRAPH } from '../../src/ooxml/content-control';
import { paragraph, paragraphProperties } from '../../src/ooxml/paragraph';
import { figureCaptionParagraph, inlinePictureRun, type InlinePictureModel } from '../../src/ooxml/picture';
import { captionParagraph, dataTable, type DataTable, type DataTableOptions } from '../../src/ooxml/table';

export interface DataTableBlockOptions extends DataTableOptions {
  /** Number Word shows until it updates the SEQ field (Word renumbers on print or F9). Default 1. */
  number?: number;
  /** Style id in the target document (a localised Word stores Caption under another id). */
  captionStyleId?: string;
  /**
   * The block starts its live region (the default): it begins with `REGION_LEAD_PARAGRAPH`, so
   * LibreOffice shows the caption's number rather than its field code. False when other
   * paragraphs come first in the region.
   */
  startsRegion?: boolean;
}

/**
 * Caption paragraph, table and source paragraph: the block content of a live table region,
 * after the region's hidden lead paragraph unless `startsRegion` is false.
 */
export function dataTableBlock(table: DataTable, options: DataTableBlockOptions = {}): string {
  if (table.columns.length === 0) throw new RangeError('A data table needs at least one column.');
  const wide = table.rows.findIndex((row) => row.cells.length > table.columns.length);
  if (wide !== -1) throw new RangeError(`Row ${wide + 1} has more cells than the table has columns.`);
  return (
    (options.startsRegion === false ? '' : REGION_LEAD_PARAGRAPH) +
    captionParagraph(table.caption, options.number ?? 1, options.captionStyleId ?? 'Caption') +
    dataTable(table, options) +
    paragraph({ runs: `Source: ${table.source}` })
  );
}

export interface FigureBlockModel {
  picture: InlinePictureModel;
  caption: string;
  /** The source line's text without "Source: ". */
  source: string;
  /** The figure number shown until Word updates its fields; default 1. */
  number?: number;
  captionStyleId?: string;
}

/**
 * Caption, picture (kept with its caption and source line) and source line: a live chart's block
 * content, after the region's hidden lead paragraph (see `REGION_LEAD_PARAGRAPH`).
 */
export function figureBlock(model: FigureBlockModel): string {
  return (
    REGION_LEAD_PARAGRAPH +
    figureCaptionParagraph(model.caption, model.number ?? 1, model.captionStyleId ?? 'Caption') +
    `<w:p>${paragraphProperties({ keepNext: true })}${inlinePictureRun(model.picture)}</w:p>` +
    paragraph({ runs: `Source: ${model.source}` })
  );
}
