/**
 * Reading the cross-cutting implications table (Issue | Implications | Sign-off).
 *
 * Real tables carry continuation rows: the Issue cell is empty (or vertically merged with the
 * cell above, or says "continued") and the text carries on the row above across a page break.
 * Those rows are folded into the row above, so they are neither missing rows nor empty cells.
 */
import type { ReportSnapshot, Table, TableRow } from '../report/snapshot';
import type { CrossCuttingRowSpec, CrossCuttingSpec } from './spec';
import { nameMatch, type SectionLayout } from './sections';
import {
  cellIn,
  cellsIn,
  columnText,
  type Column,
  findHeaderRow,
  isRepeatedHeader,
  isTitleRow,
  type ColumnName,
  type HeaderRow,
} from './table-columns';
import { normaliseText } from './text';

/** One row of the implications table, with its continuation rows merged in. */
export interface CrossCuttingRow {
  /** The template row this is, when the Issue text names one. */
  spec: CrossCuttingRowSpec | null;
  issue: string;
  implications: string;
  signOff: string;
  /** First paragraph of the row's Issue cell (or of its first cell with a paragraph). */
  paragraph: number | null;
  /** Index of the row in the table. */
  row: number;
  /** How many continuation rows were merged into this one. */
  continuations: number;
}

export interface ImplicationsTable {
  table: Table;
  /** Index of the Issue | Implications | Sign-off row (after any title rows); -1 for none. */
  headerRow: number;
  /** False for a table whose columns are not named (read by its rows). */
  hasColumnNames: boolean;
  rows: CrossCuttingRow[];
}

const CONTINUED = new Set(['cont', 'contd', 'cont d', 'continued']);

function rowSpecFor(issue: string, spec: CrossCuttingSpec): CrossCuttingRowSpec | null {
  const normalised = normaliseText(issue);
  let best: { row: CrossCuttingRowSpec; quality: number; length: number } | null = null;
  for (const row of spec.rows) {
    for (const name of [row.issue, ...row.aliases].map(normaliseText)) {
      const quality = nameMatch(normalised, name, 40);
      if (quality === 0) continue;
      if (!best || quality > best.quality || (quality === best.quality && name.length > best.length)) {
        best = { row, quality, length: name.length };
      }
    }
  }
  return best?.row ?? null;
}

/** Issue | Implications | Sign-off, with the other ways councils head those columns. */
function columnNames(spec: CrossCuttingSpec): ColumnName[] {
  return [
    {
      name: spec.columns.issue,
      aliases: [
        'Issue',
        'Issues',
        'Cross-cutting issue',
        'Area',
        'Implication type',
        'Type of implication',
        'Issue type',
        'Topic',
      ],
    },
    { name: spec.columns.implications, aliases: ['Implications', 'Implication'] },
    {
      name: spec.columns.signOff,
      aliases: ['Sign-off', 'Signed off by', 'Sign off by', 'Signed-off', 'Agreed by'],
    },
  ];
}

/** Names the table goes by in a title row above its header ("Cross-cutting issues and implications"). */
function tableTitles(spec: CrossCuttingSpec, layout: SectionLayout): string[] {
  const section = layout.headings.find((heading) => heading.section.id === spec.section)?.section;
  return [
    ...(section ? [section.title, ...section.aliases] : []),
    'Cross-cutting issues and implications',
    'Implications',
  ];
}

function joined(a: string, b: string): string {
  return [a, b].filter((part) => part !== '').join(' ');
}

/**
 * The implications table: the first table with an Issue | Implications | Sign-off header inside
 * the cross-cutting section, or anywhere in the report when that section's heading is missing.
 */
export function readImplicationsTable(
  snapshot: ReportSnapshot,
  spec: CrossCuttingSpec,
  layout: SectionLayout,
): ImplicationsTable | null {
  const columns = columnNames(spec);
  // Some councils put the sign-off in the implications cell, under the text: Issue | Implications.
  const withoutSignOff = columns.slice(0, 2);
  const titles = tableTitles(spec, layout);
  const withHeader = snapshot.tables
    .map((table) => ({
      table,
      header: findHeaderRow(table, columns, titles) ?? findHeaderRow(table, withoutSignOff, titles),
    }))
    .filter((found) => found.header !== null);
  const body = layout.bodies.get(spec.section);
  const inSection = body
    ? withHeader.find(({ table }) => table.firstParagraph >= body.first && table.firstParagraph < body.end)
    : undefined;
  const named = inSection ?? withHeader[0];
  const found = named ?? withoutColumnNames(snapshot, spec, titles, body);
  const table = found?.table;
  const header = found?.header;
  if (!table || !header) return null;
  const [issueColumn, implicationsColumn] = header.columns;
  if (!issueColumn || !implicationsColumn) return null;
  const signOffColumn = header.columns[2] ?? namedColumnAfter(table.rows[header.row], implicationsColumn);

  const rows: CrossCuttingRow[] = [];
  table.rows.forEach((row, index) => {
    if (index <= header.row || isRepeatedHeader(row, columns, titles)) return;
    const issueCell = cellIn(row, issueColumn);
    const issue = columnText(row, issueColumn);
    const { implications, signOff } = signOffColumn
      ? { implications: columnText(row, implicationsColumn), signOff: columnText(row, signOffColumn) }
      : signOffInCell(snapshot, row, implicationsColumn);
    const previous = rows[rows.length - 1];
    if (previous && isContinuation(issueCell?.vMerge ?? null, issue, previous, spec)) {
      previous.implications = joined(previous.implications, implications);
      previous.signOff = joined(previous.signOff, signOff);
      if (!previous.spec) {
        previous.issue = joined(previous.issue, issue);
        previous.spec = rowSpecFor(previous.issue, spec);
      }
      previous.continuations += 1;
      return;
    }
    if (issue === '' && implications === '' && signOff === '') return;
    rows.push({
      spec: rowSpecFor(issue, spec),
      issue,
      implications,
      signOff,
      paragraph:
        issueCell?.paragraphs[0] ??
        row.cells.find((cell) => cell.paragraphs.length > 0)?.paragraphs[0] ??
        null,
      row: index,
      continuations: 0,
    });
  });
  return { table, headerRow: header.row, hasColumnNames: named !== undefined, rows };
}

/**
 * An implications table written without column names: in the cross-cutting section, at least three
 * columns, and its first column names at least three of the template's rows. Issue, Implications
 * and Sign-off are then its first, second and last columns. Saying "no implications table" beside
 * it would be a false alarm.
 */
function withoutColumnNames(
  snapshot: ReportSnapshot,
  spec: CrossCuttingSpec,
  titles: string[],
  body: { first: number; end: number } | undefined,
): { table: Table; header: HeaderRow } | null {
  if (!body) return null;
  for (const table of snapshot.tables) {
    if (table.depth > 0 || table.firstParagraph < body.first || table.firstParagraph >= body.end) continue;
    const width = Math.max(
      ...table.rows.map((row) => row.cells.reduce((sum, cell) => sum + Math.max(1, cell.gridSpan), 0)),
    );
    // Two columns when the sign-off is written in the implications cell.
    if (width < 2) continue;
    const named = table.rows.filter((row) => {
      const first = row.cells[0];
      return first !== undefined && rowSpecFor(first.text, spec) !== null;
    }).length;
    if (named < 3) continue;
    let titleRows = 0;
    while (titleRows < table.rows.length && isTitleRow(table.rows[titleRows]!, titles)) titleRows++;
    return {
      table,
      header: {
        row: titleRows - 1,
        columns: [
          { start: 0, span: 1 },
          { start: 1, span: 1 },
          ...(width >= 3 ? [{ start: width - 1, span: 1 }] : []),
        ],
      },
    };
  }
  return null;
}

/**
 * A third column under a name the reader does not know ("Responsible officer"): the last named
 * header cell right of the implications is where the sign-off is written.
 */
function namedColumnAfter(header: TableRow | undefined, implications: Column): Column | undefined {
  if (!header) return undefined;
  let start = 0;
  let found: Column | undefined;
  for (const cell of header.cells) {
    const span = Math.max(1, cell.gridSpan);
    if (start >= implications.start + implications.span && cell.text.trim() !== '') found = { start, span };
    start += span;
  }
  return found;
}

/**
 * With no Sign-off column, the sign-off is the last paragraph of the implications cell, under the
 * implications ("None." then "Section 151 Officer"). A cell of one paragraph has no sign-off.
 */
function signOffInCell(
  snapshot: ReportSnapshot,
  row: TableRow,
  column: Column,
): { implications: string; signOff: string } {
  const texts = cellsIn(row, column)
    .flatMap((cell) => cell.paragraphs)
    .map((index) => (snapshot.paragraphs[index]?.text ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  if (texts.length < 2) return { implications: texts.join(' '), signOff: '' };
  return { implications: texts.slice(0, -1).join(' '), signOff: texts[texts.length - 1]! };
}

function isContinuation(
  vMerge: 'restart' | 'continue' | null,
  issue: string,
  previous: CrossCuttingRow,
  spec: CrossCuttingSpec,
): boolean {
  if (vMerge === 'continue') return true;
  const normalised = normaliseText(issue);
  if (normalised === '' || CONTINUED.has(normalised) || normalised.startsWith('continued ')) return true;
  // The same issue written again on the next page.
  if (normalised === normaliseText(previous.issue)) return true;
  // An issue name split over two rows ("Privacy and Data" / "Protection").
  return (
    previous.spec === null &&
    rowSpecFor(issue, spec) === null &&
    rowSpecFor(joined(previous.issue, issue), spec) !== null
  );
}

/** Longest (words) a label naming an implication may be: "Financial implications", not a sentence. */
const MAX_LABEL_WORDS = 6;
const SIGNED = String.raw`(?:signed[\s-]*off\s+by|sign[\s-]*off|agreed\s+by|approved\s+by)\s*[:\-–—]?\s*`;
/**
 * How a sign-off is written in text: a line "Signed off by: Team Leader (Legal)", or at the end
 * of the implications "... None. (Agreed by the Head of Service)" or "... None. Signed off by X".
 */
const SIGN_OFF_FORMS = [
  new RegExp(`^\\s*${SIGNED}(.+?)\\s*$`, 'i'),
  new RegExp(`\\(\\s*${SIGNED}([^)]+?)\\s*\\)\\s*$`, 'i'),
  new RegExp(`\\b${SIGNED}(.+?)\\s*$`, 'i'),
];

function findSignOff(text: string): { index: number; value: string } | null {
  for (const form of SIGN_OFF_FORMS) {
    const match = form.exec(text);
    if (match?.[1]) return { index: match.index, value: match[1].trim() };
  }
  return null;
}

/** A typed paragraph number in front of the text, "7.1<tab>". */
const TYPED_NUMBER = /^\s*\d{1,2}(?:\.\d{1,3})+\.?\)?\s+/;

/** A paragraph that names one of the template's rows: "Financial" alone, or "Financial: None." */
function implicationLabel(
  text: string,
  spec: CrossCuttingSpec,
): { spec: CrossCuttingRowSpec; issue: string; rest: string } | null {
  const plain = text.replace(TYPED_NUMBER, '').replace(/\s+/g, ' ').trim();
  const inline = /^(.+?)(?:\s*:\s*|\s+[–—-]\s+)(.*)$/.exec(plain);
  for (const [label, rest] of [[plain, ''], ...(inline ? [[inline[1] ?? '', inline[2] ?? '']] : [])] as [
    string,
    string,
  ][]) {
    if (label === '' || /[.;,]$/.test(label) || normaliseText(label).split(' ').length > MAX_LABEL_WORDS)
      continue;
    const row = rowSpecFor(label, spec);
    if (row) return { spec: row, issue: label, rest };
  }
  return null;
}

/**
 * Implications written as paragraphs in the cross-cutting section instead of a table, as some
 * councils write them: a label naming a row ("Financial implications", bold or followed by a
 * colon) and the implications under it or after the colon; a "Signed off by ..." line is the
 * sign-off. Read only when at least three of the template's rows are named that way, so saying
 * "no implications table" beside them would be a false alarm.
 */
export function readImplicationParagraphs(
  snapshot: ReportSnapshot,
  spec: CrossCuttingSpec,
  layout: SectionLayout,
): CrossCuttingRow[] | null {
  const body = layout.bodies.get(spec.section);
  if (!body) return null;
  const rows: CrossCuttingRow[] = [];
  for (let index = body.first; index < body.end; index++) {
    const paragraph = snapshot.paragraphs[index];
    if (!paragraph || paragraph.cell || paragraph.text.trim() === '') continue;
    const label = implicationLabel(paragraph.text, spec);
    const current = rows[rows.length - 1];
    if (label && (!current || label.spec !== current.spec)) {
      const signOff = findSignOff(label.rest);
      rows.push({
        spec: label.spec,
        issue: label.issue,
        implications: signOff ? label.rest.slice(0, signOff.index).trim() : label.rest,
        signOff: signOff?.value ?? '',
        paragraph: index,
        row: -1,
        continuations: 0,
      });
      continue;
    }
    if (!current) continue;
    const text = paragraph.text.replace(TYPED_NUMBER, '').replace(/\s+/g, ' ').trim();
    const signOff = findSignOff(text);
    if (signOff) {
      current.implications = joined(current.implications, text.slice(0, signOff.index).trim());
      current.signOff = joined(current.signOff, signOff.value);
    } else {
      current.implications = joined(current.implications, text);
    }
  }
  return new Set(rows.map((row) => row.spec)).size >= 3 ? rows : null;
}
