/**
 * Reads a partner's workbook (.xlsx from Excel, LibreOffice or Google Sheets, or LibreOffice's
 * .ods) into the core's Workbook (src/core/data/spreadsheet.ts). Node and browser alike: bytes in,
 * no file system. The task pane loads this module (and the library) only when a workbook is chosen.
 *
 * The cells, number formats, dates (1900 and 1904 systems), merges and hidden rows/columns come
 * from SheetJS (`@e965/xlsx`, SheetJS 0.20.3: see docs/spreadsheets.md for why this library).
 * Around it, this module does what the library does not:
 *
 * - refuses what is not a workbook before the library sees it (SheetJS reads any text as CSV), a
 *   password-protected or old binary file (saying which), and a zip that claims to expand beyond
 *   the same limits as a .docx (src/docx/read/package.ts), reading only the zip's directory;
 * - shows dates as an en-GB reader expects: Excel's built-in short date (format 14) follows the
 *   reader's locale, so it becomes dd/mm/yyyy rather than the library's US m/d/yy;
 * - finds Excel tables (xl/tables/*.xml, which SheetJS does not read) and, in .ods, the hidden
 *   rows and columns (`table:visibility`, which SheetJS ignores), with our own strict XML parser.
 */
import { read, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { zipSync } from 'fflate';
import {
  type CellRange,
  type DefinedName,
  type SheetCell,
  type Workbook,
  type WorkbookSheet,
  type WorkbookTable,
  parseRange,
} from '../core/data/spreadsheet';
import { ReportError } from '../core/errors';
import { DocxPackage } from '../docx/read/package';
import { children, decodeXmlBytes, isElement, type XmlElement } from '../ooxml/xml';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The file name without folders. */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function refused(code: string, fileName: string, message: string): ReportError {
  return new ReportError(code, message, fileName);
}

function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern: number[] = [];
  for (const ch of text) pattern.push(ch.charCodeAt(0), 0);
  const first = pattern[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i !== -1 && i + pattern.length <= bytes.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function passwordProtected(fileName: string): ReportError {
  return refused(
    'workbook-password',
    fileName,
    `${fileName} is protected with a password, so it cannot be read. Open it in Excel, remove the password ` +
      '(File > Info > Protect Workbook > Encrypt with Password, clear it), save it, and use that copy.',
  );
}

/** What a file that is not a zip package most likely is, as a ReportError. */
function notAWorkbook(bytes: Uint8Array, fileName: string): ReportError {
  if (bytes.length === 0) {
    return refused(
      'workbook-empty',
      fileName,
      `${fileName} is empty (0 bytes): check that it finished copying or downloading.`,
    );
  }
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // An encrypted .xlsx is an OLE container holding EncryptionInfo and EncryptedPackage streams.
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage'))
      return passwordProtected(fileName);
    return refused(
      'workbook-old-format',
      fileName,
      `${fileName} is an old Excel 97–2003 (.xls) workbook. Open it in Excel or LibreOffice Calc and save it as .xlsx.`,
    );
  }
  if (startsWithText(bytes, '%PDF')) {
    return refused(
      'workbook-not-spreadsheet',
      fileName,
      `${fileName} is a PDF, not a spreadsheet. Ask for the figures as an Excel (.xlsx) or .ods file.`,
    );
  }
  return refused(
    'workbook-not-spreadsheet',
    fileName,
    `${fileName} is not an Excel (.xlsx) or OpenDocument (.ods) workbook. ` +
      'If it is a CSV or an old .xls file, open it in Excel or LibreOffice Calc and save it as .xlsx.',
  );
}

function damaged(fileName: string, detail: string): ReportError {
  return refused(
    'workbook-damaged',
    fileName,
    `${fileName} is damaged and cannot be read (${detail}). If it was copied or downloaded, fetch it again; ` +
      'otherwise open it in Excel, which offers to repair it, and save it again.',
  );
}

/** Opens the zip directory with the .docx reader's limits, in a spreadsheet's words. */
function openPackage(bytes: Uint8Array, fileName: string): DocxPackage {
  try {
    return DocxPackage.open(bytes, fileName);
  } catch (error) {
    if (error instanceof ReportError && error.code === 'docx-too-large') {
      throw refused(
        'workbook-too-large',
        fileName,
        `${fileName} was refused: it would expand to more than a workbook of figures ever needs, or claims to ` +
          'expand far more than any real workbook does. It may be damaged or made to attack the reader; ask the sender for a fresh copy.',
      );
    }
    if (error instanceof ReportError && error.code === 'docx-not-zip') throw notAWorkbook(bytes, fileName);
    const detail =
      error instanceof Error ? error.message.replace(/^.*\(([^)]*)\).*$/s, '$1') : 'unreadable zip';
    throw damaged(fileName, detail);
  }
}

/**
 * The same package with every entry inflated once, by the package reader, and stored
 * uncompressed. SheetJS's own inflater can loop for ever on a damaged deflate stream (found by the
 * fuzz test: a few flipped bytes in a real Excel file); the package reader refuses such a stream,
 * and SheetJS then never inflates. The inflated parts stay in `pkg`, so the .ods reading below
 * uses the same content.xml instead of inflating it a second time (61 MB for 100,000 rows).
 */
function storedCopy(pkg: DocxPackage, fileName: string): Uint8Array {
  return inWorkbookWords(fileName, () => {
    const names = pkg.partNames(/[^/]$/);
    pkg.prefetch(names);
    const files: Record<string, Uint8Array> = {};
    for (const name of names) {
      const data = pkg.read(name);
      if (data) files[name] = data;
    }
    try {
      return zipSync(files, { level: 0 });
    } catch (error) {
      throw damaged(fileName, error instanceof Error ? error.message : 'unreadable zip');
    }
  });
}

/**
 * Runs a read through the .docx package reader, whose messages speak of Word: a damaged part or
 * XML that is not well formed is said again in a spreadsheet's words.
 */
function inWorkbookWords<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReportError && error.code === 'docx-too-large') {
      throw refused(
        'workbook-too-large',
        fileName,
        `${fileName} is too large to read: one of its parts holds more than 64 MB of XML. ` +
          'Copy the figures the report needs into a smaller workbook and use that.',
      );
    }
    if (error instanceof ReportError && (error.code.startsWith('docx-') || error.code.startsWith('xml-'))) {
      const part =
        error.where && error.where !== fileName
          ? `its part ${error.where} is not readable`
          : 'a part is not readable';
      throw damaged(fileName, part);
    }
    throw error;
  }
}

type Kind = 'xlsx' | 'ods';

function kindOf(pkg: DocxPackage, fileName: string): Kind {
  const mimetype = pkg.read('mimetype');
  if (mimetype) {
    const type = new TextDecoder().decode(mimetype).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') {
      if (!pkg.has('content.xml')) throw damaged(fileName, 'it has no content.xml');
      return 'ods';
    }
    if (type.startsWith('application/vnd.oasis.opendocument.text'))
      throw refused(
        'workbook-not-spreadsheet',
        fileName,
        `${fileName} is a text document (.odt), not a spreadsheet.`,
      );
    throw refused(
      'workbook-not-spreadsheet',
      fileName,
      `${fileName} is an OpenDocument file but not a spreadsheet (${type}).`,
    );
  }
  if (pkg.has('word/document.xml'))
    throw refused('workbook-not-spreadsheet', fileName, `${fileName} is a Word document, not a spreadsheet.`);
  if (pkg.has('ppt/presentation.xml'))
    throw refused(
      'workbook-not-spreadsheet',
      fileName,
      `${fileName} is a PowerPoint presentation, not a spreadsheet.`,
    );
  if (!pkg.has('[Content_Types].xml') || pkg.partNames(/workbook\.xml$/).length === 0) {
    throw damaged(fileName, 'it lacks its workbook part or its list of contents');
  }
  return 'xlsx';
}

function describeLibraryError(error: unknown, fileName: string): ReportError {
  if (error instanceof ReportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(message)) return passwordProtected(fileName);
  return damaged(fileName, message.length > 120 ? `${message.slice(0, 120)}…` : message);
}

/** Reads a workbook. Throws a ReportError a council officer understands; never a half-read workbook. */
export function readWorkbook(bytes: Uint8Array, path: string): Workbook {
  const fileName = baseName(path);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAWorkbook(bytes, fileName);
  const pkg = openPackage(bytes, fileName);
  const kind = inWorkbookWords(fileName, () => kindOf(pkg, fileName));
  const stored = storedCopy(pkg, fileName);
  let book: WorkBook;
  // SheetJS prints a console error for .ods number-format conditions it approximates (the cell
  // text is still right); an officer running the command line must not see it as a failure.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    book = read(stored, {
      type: 'array',
      dense: true,
      cellStyles: true, // hidden rows and columns
      cellFormula: true, // to tell a formula without a saved value
      cellHTML: false,
      // Excel shows its built-in short date in the reader's locale: ours is en-GB.
      dateNF: 'dd/mm/yyyy',
      WTF: false,
    });
  } catch (error) {
    throw describeLibraryError(error, fileName);
  } finally {
    console.error = consoleError;
  }
  const ods = kind === 'ods' ? inWorkbookWords(fileName, () => odsContent(pkg, fileName)) : null;
  const hidden = ods?.visibility ?? null;
  try {
    // A damaged file can leave the library's result with holes (a sheet or name without its
    // fields): anything unexpected here is the file's damage, said as such.
    const sheets = book.SheetNames.map((name, index) =>
      sheetOf(String(name), book.Sheets[name], hidden?.[index] ?? null),
    );
    return {
      fileName,
      format: kind,
      sheets,
      tables: ods ? ods.tables : xlsxTables(pkg, fileName),
      names: definedNames(book),
    };
  } catch (error) {
    throw describeLibraryError(error, fileName);
  }
}

interface Visibility {
  rows: Set<number>;
  columns: Set<number>;
}

function cellOf(cell: CellObject | undefined): SheetCell | undefined {
  if (!cell) return undefined;
  const hasFormula = typeof cell.f === 'string' && cell.f !== '';
  if (cell.t === 'z' || cell.v === undefined) {
    return hasFormula ? { text: '', value: null, formulaWithoutValue: true } : undefined;
  }
  switch (cell.t) {
    case 'n':
      return { text: cell.w ?? String(cell.v), value: typeof cell.v === 'number' ? cell.v : null };
    case 'b':
      return { text: cell.v ? 'TRUE' : 'FALSE', value: null };
    case 'e':
      return { text: cell.w ?? '#ERROR', value: null };
    case 'd':
      return { text: cell.w ?? String(cell.v), value: null };
    default:
      return { text: cell.w ?? String(cell.v), value: null };
  }
}

function sheetOf(name: string, sheet: WorkSheet | undefined, odsHidden: Visibility | null): WorkbookSheet {
  const type = sheet?.['!type'];
  if (!sheet || (type !== undefined && type !== 'sheet')) {
    return {
      name,
      kind: 'chart',
      used: null,
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      merges: [],
      cell: () => undefined,
    };
  }
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const hiddenRows = odsHidden?.rows ?? new Set<number>();
  const hiddenColumns = odsHidden?.columns ?? new Set<number>();
  (sheet['!rows'] ?? []).forEach((row, i) => row?.hidden && hiddenRows.add(i));
  (sheet['!cols'] ?? []).forEach((column, i) => column?.hidden && hiddenColumns.add(i));
  const ref = sheet['!ref'];
  const used = ref ? parseRange(ref) : null;
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  return {
    name,
    kind: 'worksheet',
    used: used && usedHasCells(data) ? used : null,
    hiddenRows,
    hiddenColumns,
    merges,
    cell: (row, column) => cellOf(data[row]?.[column]),
  };
}

function usedHasCells(data: readonly (readonly (CellObject | undefined)[] | undefined)[]): boolean {
  return data.some((row) => row?.some((c) => c !== undefined && c.t !== 'z'));
}

function definedNames(book: WorkBook): DefinedName[] {
  return (book.Workbook?.Names ?? [])
    .filter((n) => typeof n.Name === 'string' && typeof n.Ref === 'string')
    .filter((n) => !(n as { Hidden?: boolean }).Hidden && !n.Name.startsWith('_xlnm.') && n.Name !== '')
    .map((n) => ({ name: n.Name, refersTo: n.Ref }));
}

/** Excel tables: workbook sheets → each worksheet's table parts → their name and range. */
function xlsxTables(pkg: DocxPackage, fileName: string): WorkbookTable[] {
  try {
    const workbookPart = pkg.relatedPart('', 'officeDocument') ?? 'xl/workbook.xml';
    const workbook = pkg.readXml(workbookPart);
    if (!workbook) return [];
    const sheetsElement = workbook.children.find(
      (c): c is XmlElement => isElement(c) && c.name.endsWith('sheets'),
    );
    if (!sheetsElement) return [];
    const rels = new Map(pkg.relationships(workbookPart).map((r) => [r.id, r.target]));
    const tables: WorkbookTable[] = [];
    for (const sheet of sheetsElement.children) {
      if (!isElement(sheet)) continue;
      const name = sheet.attributes['name'];
      const target = rels.get(sheet.attributes['r:id'] ?? '');
      if (!name || !target) continue;
      for (const rel of pkg.relationships(target)) {
        if (rel.external || !rel.type.endsWith('/table')) continue;
        const table = pkg.readXml(rel.target);
        const tableName = table?.attributes['displayName'] ?? table?.attributes['name'];
        const range = parseRange(table?.attributes['ref'] ?? '');
        if (tableName && range) tables.push({ name: tableName, sheet: name, range });
      }
    }
    return tables;
  } catch (error) {
    // The cells were read; a damaged table part must not make the whole workbook unreadable.
    if (error instanceof ReportError) return [];
    throw damaged(fileName, error instanceof Error ? error.message : String(error));
  }
}

const MAX_REPEAT = 1_048_576;

function repeat(element: XmlElement, attribute: string): number {
  const n = Number(element.attributes[attribute] ?? '1');
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_REPEAT) : 1;
}

function isHiddenOds(element: XmlElement): boolean {
  const visibility = element.attributes['table:visibility'];
  return visibility === 'collapse' || visibility === 'filter';
}

/** "'Fire data'.$A$1" → { sheet: "Fire data", cell: "A1" }. */
function odsCell(address: string): { sheet: string; cell: string } | null {
  const dot = address.lastIndexOf('.');
  if (dot === -1) return null;
  const sheet = address.slice(0, dot).replace(/^\$/, '');
  return {
    sheet: /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet,
    cell: address.slice(dot + 1).replace(/\$/g, ''),
  };
}

const TABLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const TAGS =
  /<(\/?)table:(table|table-row|table-column|database-range)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, name: string) => {
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'amp') return '&';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE))
    attributes[match[1] ?? ''] = decodeEntities(match[2] ?? match[3] ?? '');
  return attributes;
}

/**
 * From content.xml: the hidden rows and columns of each sheet (in sheet order), and the named
 * database ranges, which are what Excel tables become in an .ods.
 *
 * A 100,000-row sheet's content.xml is tens of megabytes, and only a few elements matter here, so
 * when the file binds the table namespace to the usual "table:" prefix (LibreOffice, Excel,
 * Google Sheets and SheetJS all do) the start tags of those elements are scanned for directly,
 * without building a tree of every cell; other files go through the strict parser.
 */
function odsContent(
  pkg: DocxPackage,
  fileName: string,
): { visibility: Visibility[]; tables: WorkbookTable[] } {
  const bytes = pkg.read('content.xml');
  if (!bytes) throw damaged(fileName, 'it has no content.xml');
  const text = decodeXmlBytes(bytes);
  const root = text.slice(0, 4096);
  if (!root.includes(`xmlns:table="${TABLE_NS}"`) || /<!DOCTYPE/i.test(root))
    return odsContentParsed(pkg, fileName);
  // Well-formed or not, the file is refused here as the strict parser would refuse it.
  if (text.lastIndexOf('</office:document-content>') === -1)
    throw damaged(fileName, 'content.xml is cut short');
  const visibility: Visibility[] = [];
  const tables: WorkbookTable[] = [];
  let depth = 0;
  let current: { visibility: Visibility; row: number; column: number } | null = null;
  for (const match of text.matchAll(TAGS)) {
    const closing = match[1] === '/';
    const name = match[2];
    const body = match[3] ?? '';
    if (name === 'table') {
      if (closing) {
        depth = Math.max(0, depth - 1);
        if (depth === 0) current = null;
        continue;
      }
      if (!body.trimEnd().endsWith('/')) depth++;
      if (depth <= 1) {
        current = { visibility: { rows: new Set(), columns: new Set() }, row: 0, column: 0 };
        visibility.push(current.visibility);
      }
      continue;
    }
    if (closing) continue;
    const attributes = attributesOf(body);
    if (name === 'database-range') {
      addDatabaseRange(attributes, tables);
      continue;
    }
    if (!current || depth !== 1) continue;
    const hidden =
      attributes['table:visibility'] === 'collapse' || attributes['table:visibility'] === 'filter';
    if (name === 'table-row') {
      const n = repeatCount(attributes['table:number-rows-repeated']);
      if (hidden)
        for (let i = 0; i < n && current.row + i < 1_048_576; i++)
          current.visibility.rows.add(current.row + i);
      current.row += n;
    } else {
      const n = repeatCount(attributes['table:number-columns-repeated']);
      if (hidden)
        for (let i = 0; i < n && current.column + i < 16384; i++)
          current.visibility.columns.add(current.column + i);
      current.column += n;
    }
  }
  return { visibility, tables };
}

function repeatCount(text: string | undefined): number {
  const n = Number(text ?? '1');
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_REPEAT) : 1;
}

function addDatabaseRange(attributes: Record<string, string>, tables: WorkbookTable[]): void {
  const name = attributes['table:name'] ?? '';
  const [from, to] = (attributes['table:target-range-address'] ?? '').split(':').map(odsCell);
  const range = from && to && from.sheet === to.sheet ? parseRange(`${from.cell}:${to.cell}`) : null;
  if (name && !name.startsWith('__Anonymous') && from && range)
    tables.push({ name, sheet: from.sheet, range });
}

/** odsContent through the strict XML parser, for files that name the table namespace otherwise. */
function odsContentParsed(
  pkg: DocxPackage,
  fileName: string,
): { visibility: Visibility[]; tables: WorkbookTable[] } {
  const content = pkg.readXml('content.xml');
  if (!content) throw damaged(fileName, 'it has no content.xml');
  const visibility: Visibility[] = [];
  const tables: WorkbookTable[] = [];
  const visit = (element: XmlElement): void => {
    for (const node of element.children) {
      if (!isElement(node)) continue;
      if (node.name === 'table:table') visibility.push(tableVisibility(node));
      else if (
        node.name === 'office:body' ||
        node.name === 'office:spreadsheet' ||
        node.name === 'table:database-ranges'
      )
        visit(node);
      else if (node.name === 'table:database-range') addDatabaseRange(node.attributes, tables);
    }
  };
  visit(content);
  return { visibility, tables };
}

function tableVisibility(table: XmlElement): Visibility {
  const rows = new Set<number>();
  const columns = new Set<number>();
  let row = 0;
  let column = 0;
  const walk = (element: XmlElement): void => {
    for (const node of children(element)) {
      if (node.name === 'table:table-column') {
        const n = repeat(node, 'table:number-columns-repeated');
        if (isHiddenOds(node)) for (let i = 0; i < n && column + i < 16384; i++) columns.add(column + i);
        column += n;
      } else if (node.name === 'table:table-row') {
        const n = repeat(node, 'table:number-rows-repeated');
        if (isHiddenOds(node)) for (let i = 0; i < n && row + i < 1_048_576; i++) rows.add(row + i);
        row += n;
      } else if (
        node.name === 'table:table-columns' ||
        node.name === 'table:table-header-columns' ||
        node.name === 'table:table-column-group' ||
        node.name === 'table:table-rows' ||
        node.name === 'table:table-header-rows' ||
        node.name === 'table:table-row-group'
      ) {
        walk(node);
      }
    }
  };
  walk(table);
  return { rows, columns };
}
