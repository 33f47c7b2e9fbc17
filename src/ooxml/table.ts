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
  /** "fit": just wide enough for its longest word (see `fittedLayout`); absent: a proportional share. */
  width?: 'fit';
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
  /** Every row kept whole on one page (w:cantSplit); absent: body rows may break. */
  keepRowsWhole?: boolean;
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
  const weights = proportionalWeights(table);
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

/**
 * Advance widths of bold Arial (the reports' font; Helvetica-Bold metrics), in thousandths of an
 * em, for the printable ASCII characters from the space on. Bold is the widest the table writes
 * (headers, total rows), so a column fitted with it holds its words in any row.
 */
const ARIAL_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Other characters: as wide as a capital, so a column is never fitted too narrow. */
const WIDE = 778;
/** The reports' body text, 12 pt, and the size a table too wide for its words is set in. */
const BODY_HALF_POINTS = 24;
const SMALL_HALF_POINTS = 20;
/**
 * A fitted table's cell margins, left and right (0.13 cm; Word's default is 0.19 cm): narrower
 * columns of counts leave the names more room. Plus room for the renderers' rounding.
 */
const FITTED_CELL_MARGIN_TWIPS = 72;
const CELL_PADDING_TWIPS = 2 * FITTED_CELL_MARGIN_TWIPS + 60;

/** The width of a word in bold Arial at a size, in twips (1/20 pt). */
function wordTwips(word: string, halfPoints: number): number {
  let em = 0;
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    em += code >= 32 && code <= 126 ? ARIAL_BOLD[code - 32]! : WIDE;
  }
  return Math.ceil((em * halfPoints * 10) / 1000);
}

/** The width a column needs so that none of its words (header or cells) is broken, in twips. */
function longestWordTwips(table: DataTable, i: number, halfPoints: number): number {
  const texts = [table.columns[i]!.header, ...table.rows.map((row) => row.cells[i] ?? '')];
  let longest = 0;
  for (const text of texts)
    for (const word of cleanText(text).split(/\s+/))
      if (word !== '') longest = Math.max(longest, wordTwips(word, halfPoints));
  return longest + CELL_PADDING_TWIPS;
}

/** Column widths (twips) and the text size (half-points; null: the style's) a table is written with. */
export interface TableLayout {
  widths: number[];
  halfPoints: number | null;
}

/**
 * For a table with "fit" columns: each fit column as wide as its longest word, the other columns
 * sharing the rest in proportion to their text but never narrower than their longest word. When
 * that does not fit at the body size the table is set at 10 pt, where it does in all but extreme
 * cases (then the shared columns get what is left, split evenly). Null for a table without fit
 * columns: its widths are `columnWidths`', unchanged.
 */
export function fittedLayout(table: DataTable, total: number): TableLayout | null {
  const fit = table.columns.map((c) => c.width === 'fit');
  if (!fit.includes(true)) return null;
  for (const halfPoints of [BODY_HALF_POINTS, SMALL_HALF_POINTS]) {
    const needs = table.columns.map((_, i) => longestWordTwips(table, i, halfPoints));
    const fitted = needs.reduce((sum, need, i) => sum + (fit[i] ? need : 0), 0);
    const shared = needs.filter((_, i) => !fit[i]);
    const spare = total - fitted - shared.reduce((a, b) => a + b, 0);
    if (spare < 0 && halfPoints !== SMALL_HALF_POINTS) continue;
    const free = fit.filter((f) => !f).length;
    const weights = proportionalWeights(table).filter((_, i) => !fit[i]);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    let k = 0;
    const widths = needs.map((need, i) => {
      if (fit[i]) return need;
      const share =
        spare >= 0
          ? need + Math.floor((spare * weights[k]!) / weightSum)
          : Math.floor(Math.max(total - fitted, 0) / free);
      k++;
      return share;
    });
    // Rounding (or no shared column) leaves a few twips: the first shared column takes them.
    const first = Math.max(fit.indexOf(false), 0);
    widths[first] = widths[first]! + total - widths.reduce((a, b) => a + b, 0);
    return { widths, halfPoints: halfPoints === BODY_HALF_POINTS ? null : halfPoints };
  }
  return null;
}

function proportionalWeights(table: DataTable): number[] {
  return table.columns.map((column, i) => {
    let longest = cleanText(column.header).length;
    for (const row of table.rows) longest = Math.max(longest, cleanText(row.cells[i] ?? '').length);
    return Math.min(Math.max(longest, 4), 40);
  });
}

function cell(
  text: string,
  width: number,
  align: 'left' | 'right',
  look: CellLook,
  span: CellSpan = { columns: 1 },
  halfPoints: number | null = null,
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
    `<w:p>${pPr}${textRun({ text, bold: look.bold, ...(halfPoints ? { halfPoints } : {}) })}</w:p></w:tc>`
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
  const fitted = fittedLayout(table, width);
  const widths = fitted?.widths ?? columnWidths(table, width);
  const size = fitted?.halfPoints ?? null;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((edge) => `<w:${edge} ${BORDER}/>`)
    .join('');
  const tblPr =
    '<w:tblPr>' +
    `<w:tblStyle ${attribute('w:val', options.tableStyleId ?? 'TableGrid')}/>` +
    `<w:tblW ${attribute('w:w', width)} w:type="dxa"/>` +
    `<w:tblBorders>${borders}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    (fitted
      ? `<w:tblCellMar><w:left ${attribute('w:w', FITTED_CELL_MARGIN_TWIPS)} w:type="dxa"/>` +
        `<w:right ${attribute('w:w', FITTED_CELL_MARGIN_TWIPS)} w:type="dxa"/></w:tblCellMar>`
      : '') +
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
        cell(
          column.header,
          widths[i] ?? 0,
          column.align,
          { bold: true, fill: HEADER_FILL, ruleAbove: false },
          undefined,
          size,
        ),
      )
      .join('') +
    '</w:tr>';
  const body = table.rows.map((row) => {
    const look = rowLook(row);
    const cells = table.columns.flatMap((column, i) => {
      const span = row.spans?.[i];
      if (!span) return [cell(row.cells[i] ?? '', widths[i] ?? 0, column.align, look, undefined, size)];
      if (span.columns <= 0) return [];
      const columns = Math.min(span.columns, table.columns.length - i);
      const width = widths.slice(i, i + columns).reduce((a, b) => a + b, 0);
      return [cell(row.cells[i] ?? '', width, column.align, look, { ...span, columns }, size)];
    });
    // Body rows may break across pages unless kept whole: Word cuts off a row that cannot split
    // and is taller than a page, so only tables of short rows ask for it.
    const trPr = table.keepRowsWhole ? '<w:trPr><w:cantSplit/></w:trPr>' : '';
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${header}${body.join('')}</w:tbl>`;
}
