/**
 * An accessible data table, as a live region shows it: a numbered caption above ("Table 2: …",
 * Word's Caption style and a SEQ Table field so Word renumbers it), the table, and a source line
 * below ("Source: …").
 *
 * Accessibility: the header row is marked w:tblHeader (it repeats on each page and screen readers
 * announce it as the header), the table carries alt text (w:tblCaption, w:tblDescription), and
 * emphasis is never shown by colour alone (a highlighted row is also bold).
 *
 * ```xml
 * <xsd:complexType name="CT_Tbl"> <xsd:sequence>
 *   <xsd:group ref="EG_RangeMarkupElements" minOccurs="0" maxOccurs="unbounded"/>
 *   <xsd:element name="tblPr" type="CT_TblPr"/>
 *   <xsd:element name="tblGrid" type="CT_TblGrid"/>
 *   <xsd:group ref="EG_ContentRowContent" minOccurs="0" maxOccurs="unbounded"/> </xsd:sequence>
 * <!-- CT_TblPr(Base), in this order: tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize,
 *      tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout,
 *      tblCellMar, tblLook, tblCaption, tblDescription -->
 * <xsd:complexType name="CT_TrPr"> ... cantSplit, trHeight, tblHeader (CT_OnOff) ...
 * <xsd:complexType name="CT_TcPr"> tcW, gridSpan, vMerge, tcBorders, shd, ... </xsd:complexType>
 * ```
 */
import { paragraphProperties, textRun } from './paragraph';
import { attribute, cleanText } from './text';

export interface DataTableColumn {
  header: string;
  /** Numbers are right-aligned so their digits line up. */
  align: 'left' | 'right';
}

export interface DataTableRow {
  cells: readonly string[];
  /** "highlight": the report's own area among others (shaded and bold); "bold": stands out. */
  emphasis?: 'bold' | 'highlight';
  /** A total row gets a rule above it and bold text. */
  kind?: 'total' | 'normal';
  /**
   * Merged cells (a spreadsheet's), one per column: `columns` is how many columns the cell spans
   * (0 for a column covered by the cell to its left), `down` marks a merge over several rows.
   * Absent: no merges.
   */
  spans?: readonly CellSpan[];
}

export interface CellSpan {
  columns: number;
  down?: 'start' | 'continue';
}

export interface DataTable {
  /** Caption text after "Table N: ". */
  caption: string;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
  /** Text after "Source: ". */
  source: string;
}

export interface DataTableOptions {
  /** Style id in the target document. */
  tableStyleId?: string;
  /** Alt-text description; defaults to a sentence naming the columns and row count. */
  description?: string;
  /** Width available for the table, in twentieths of a point. Default: A4 with 2.54 cm margins. */
  widthTwips?: number;
}

/** A4 (11,906 twips) less Word's default 1,440-twip (2.54 cm) left and right margins. */
export const A4_TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
/** No column narrower than 1.5 cm, so a short header is not broken mid-word. */
const MIN_COLUMN_TWIPS = 850;
const HEADER_FILL = 'D9E2F3';
const HIGHLIGHT_FILL = 'FFF2CC';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';

/**
 * Column widths that fill the text width in proportion to each column's longest text (capped,
 * so one very long cell does not squeeze the figures), never below `MIN_COLUMN_TWIPS`.
 */
export function columnWidths(table: DataTable, total: number): number[] {
  const weights = table.columns.map((column, i) => {
    let longest = cleanText(column.header).length;
    for (const row of table.rows) longest = Math.max(longest, cleanText(row.cells[i] ?? '').length);
    return Math.min(Math.max(longest, 4), 40);
  });
  const count = weights.length;
  if (count === 0) return [];
  const minimum = Math.min(MIN_COLUMN_TWIPS, Math.floor(total / count));
  const spare = total - minimum * count;
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => minimum + Math.floor((spare * w) / sum));
  // Rounding leaves a few twips: give them to the first (label) column so the total is exact.
  widths[0] = (widths[0] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(
  text: string,
  width: number,
  align: 'left' | 'right',
  look: CellLook,
  span: CellSpan = { columns: 1 },
): string {
  const merge =
    (span.columns > 1 ? `<w:gridSpan ${attribute('w:val', span.columns)}/>` : '') +
    (span.down === 'start' ? '<w:vMerge w:val="restart"/>' : span.down === 'continue' ? '<w:vMerge/>' : '');
  const borders = look.ruleAbove
    ? `<w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>`
    : '';
  const shading = look.fill ? `<w:shd w:val="clear" w:color="auto" ${attribute('w:fill', look.fill)}/>` : '';
  const pPr = paragraphProperties({ align, compact: true });
  return (
    `<w:tc><w:tcPr><w:tcW ${attribute('w:w', width)} w:type="dxa"/>${merge}${borders}${shading}</w:tcPr>` +
    `<w:p>${pPr}${textRun({ text, bold: look.bold })}</w:p></w:tc>`
  );
}

interface CellLook {
  bold: boolean;
  fill: string | null;
  ruleAbove: boolean;
}

function rowLook(row: DataTableRow): CellLook {
  const total = row.kind === 'total';
  return {
    bold: total || row.emphasis === 'bold' || row.emphasis === 'highlight',
    fill: row.emphasis === 'highlight' ? HIGHLIGHT_FILL : null,
    ruleAbove: total,
  };
}

/** "Table N: caption" with N as a SEQ field, as Word's Insert Caption writes it. */
export function captionParagraph(caption: string, number: number, styleId: string, restart = false): string {
  const shown = Math.max(1, Math.floor(number));
  // \r: the field shows this number whatever fields come before it (typed captions above).
  const reset = restart ? ` \\r ${shown}` : '';
  const field = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  return (
    `<w:p>${paragraphProperties({ styleId, keepNext: true })}` +
    textRun({ text: 'Table ' }) +
    field('begin') +
    `<w:r><w:instrText xml:space="preserve"> SEQ Table${reset} \\* ARABIC </w:instrText></w:r>` +
    field('separate') +
    `<w:r><w:rPr><w:noProof/></w:rPr><w:t>${shown}</w:t></w:r>` +
    field('end') +
    textRun({ text: `: ${caption}` }) +
    '</w:p>'
  );
}

function defaultDescription(table: DataTable): string {
  const headers = table.columns.map((c) => c.header).join(', ');
  const rows = table.rows.length;
  return `${rows} ${rows === 1 ? 'row' : 'rows'} with the columns ${headers}. Source: ${table.source}`;
}

/** The w:tbl element alone. */
export function dataTable(table: DataTable, options: DataTableOptions = {}): string {
  const width = options.widthTwips ?? A4_TEXT_WIDTH_TWIPS;
  const widths = columnWidths(table, width);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((edge) => `<w:${edge} ${BORDER}/>`)
    .join('');
  const tblPr =
    '<w:tblPr>' +
    `<w:tblStyle ${attribute('w:val', options.tableStyleId ?? 'TableGrid')}/>` +
    `<w:tblW ${attribute('w:w', width)} w:type="dxa"/>` +
    `<w:tblBorders>${borders}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    // firstRow (0x0020), no banding (0x0200 | 0x0400): the header row is styled as a header.
    '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `<w:tblCaption ${attribute('w:val', table.caption)}/>` +
    `<w:tblDescription ${attribute('w:val', options.description ?? defaultDescription(table))}/>` +
    '</w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol ${attribute('w:w', w)}/>`).join('')}</w:tblGrid>`;
  const header =
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
    table.columns
      .map((column, i) =>
        cell(column.header, widths[i] ?? 0, column.align, {
          bold: true,
          fill: HEADER_FILL,
          ruleAbove: false,
        }),
      )
      .join('') +
    '</w:tr>';
  const body = table.rows.map((row) => {
    const look = rowLook(row);
    const cells = table.columns.flatMap((column, i) => {
      const span = row.spans?.[i];
      if (!span) return [cell(row.cells[i] ?? '', widths[i] ?? 0, column.align, look)];
      if (span.columns <= 0) return [];
      const columns = Math.min(span.columns, table.columns.length - i);
      const width = widths.slice(i, i + columns).reduce((a, b) => a + b, 0);
      return [cell(row.cells[i] ?? '', width, column.align, look, { ...span, columns })];
    });
    // Body rows may break across pages: Word cuts off a row that cannot split and is taller than a page.
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${header}${body.join('')}</w:tbl>`;
}
