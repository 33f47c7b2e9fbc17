/**
 * A small fluent builder of ReportSnapshot values, so rule tests read like the report they check:
 *
 *   report().heading('1. Introduction and Background').para('1.1 The Strategic Assessment ...')
 *     .bold('2 AVAILABLE OPTIONS').table([['Issue', 'Implications', 'Sign-off'], ...]).build()
 */
import type {
  CommentThread,
  ListNumber,
  Paragraph,
  Picture,
  ReportSnapshot,
  Table,
  TableCell,
} from '../../src/core/report/snapshot';
import { emptyProperties } from '../../src/core/report/snapshot';
import { noDocumentState } from '../../src/core/state/report-state';

/** A cell: its text (lines become paragraphs), or the text with merge details. */
export type CellInput = string | { text: string; vMerge?: 'restart' | 'continue' | null; gridSpan?: number };

export interface TableOptions {
  /** Mark the first row as a header row (w:tblHeader). Default true. */
  header?: boolean;
  /** How many rows from the top are marked as header rows when `header` is on. Default 1. */
  headerRows?: number;
  depth?: number;
}

export interface ParagraphOptions {
  bold?: boolean;
  headingLevel?: number | null;
  list?: Partial<ListNumber> & { label: string };
  styleName?: string;
}

export class ReportBuilder {
  private readonly paragraphs: Paragraph[] = [];
  private readonly tables: Table[] = [];
  private readonly comments: CommentThread[] = [];
  private readonly pictures: Picture[] = [];

  /** Index of the last paragraph added. */
  get last(): number {
    return this.paragraphs.length - 1;
  }

  /** A Heading-styled paragraph. */
  heading(text: string, level = 1, options: ParagraphOptions = {}): this {
    return this.paragraph(text, { styleName: `Heading ${level}`, headingLevel: level, ...options });
  }

  /** A Normal paragraph whose text is all bold (a heading written by hand). */
  bold(text: string): this {
    return this.paragraph(text, { bold: true });
  }

  /** A Normal paragraph; pass several to add several. */
  para(...texts: string[]): this {
    texts.forEach((text) => this.paragraph(text));
    return this;
  }

  /** A paragraph numbered by Word numbering, e.g. numbered('1.2', 'The partnership ...'). */
  numbered(label: string, text: string, options: Partial<ListNumber> = {}): this {
    return this.paragraph(text, { list: { label, ...options } });
  }

  /** A bulleted list item (Word numbering with a bullet format). */
  bullet(text: string): this {
    return this.paragraph(text, { list: { label: '•', bullet: true, level: 1 } });
  }

  empty(): this {
    return this.paragraph('');
  }

  paragraph(text: string, options: ParagraphOptions = {}): this {
    this.paragraphs.push({
      index: this.paragraphs.length,
      text,
      styleId: options.styleName ? options.styleName.replace(/\s+/g, '') : null,
      styleName: options.styleName ?? null,
      headingLevel: options.headingLevel ?? null,
      boldOnly: options.bold ?? false,
      list: options.list ? { numId: '1', level: 0, bullet: false, ...options.list } : null,
      cell: null,
    });
    return this;
  }

  /** A table; the first row is marked as a header unless `header: false`. */
  table(rows: CellInput[][], options: TableOptions = {}): this {
    const tableIndex = this.tables.length;
    const firstParagraph = this.paragraphs.length;
    const table: Table = {
      index: tableIndex,
      firstParagraph,
      lastParagraph: firstParagraph,
      depth: options.depth ?? 0,
      rows: rows.map((cells, rowIndex) => ({
        header: rowIndex < (options.headerRows ?? 1) && (options.header ?? true),
        cells: cells.map((input, cellIndex): TableCell => {
          const cell = typeof input === 'string' ? { text: input } : input;
          const paragraphs = cell.text.split('\n').map((line) => {
            this.paragraphs.push({
              index: this.paragraphs.length,
              text: line,
              styleId: null,
              styleName: null,
              headingLevel: null,
              boldOnly: false,
              list: null,
              cell: { table: tableIndex, row: rowIndex, cell: cellIndex },
            });
            return this.last;
          });
          return { text: cell.text, gridSpan: cell.gridSpan ?? 1, vMerge: cell.vMerge ?? null, paragraphs };
        }),
      })),
    };
    table.lastParagraph = this.last;
    this.tables.push(table);
    return this;
  }

  /** The front-matter header fields as a two-column layout table (label | value). */
  fields(pairs: [string, string][]): this {
    return this.table(pairs, { header: false });
  }

  /** A comment thread anchored at the last paragraph (or the given one). */
  comment(
    text: string,
    options: { author?: string; resolved?: boolean; paragraph?: number | null; replies?: string[] } = {},
  ): this {
    const id = String(this.comments.length);
    const anchor = options.paragraph === undefined ? this.last : options.paragraph;
    this.comments.push({
      id,
      author: options.author ?? 'Kent Police',
      initials: null,
      date: '2018-01-20T10:00:00Z',
      text,
      resolved: options.resolved ?? false,
      anchorParagraph: anchor,
      anchorText: anchor === null ? '' : (this.paragraphs[anchor]?.text ?? ''),
      replies: (options.replies ?? []).map((reply, i) => ({
        id: `${id}.${i}`,
        author: 'Report Author',
        initials: null,
        date: null,
        text: reply,
        resolved: false,
      })),
    });
    return this;
  }

  /** A picture in a paragraph of its own. */
  picture(options: { altText?: string | null; decorative?: boolean; name?: string } = {}): this {
    this.paragraph('');
    this.pictures.push({
      paragraph: this.last,
      name: options.name ?? 'Picture 1',
      altText: options.altText === undefined ? null : options.altText,
      title: null,
      decorative: options.decorative ?? false,
    });
    return this;
  }

  build(): ReportSnapshot {
    return {
      paragraphs: this.paragraphs.map((p) => ({ ...p })),
      tables: this.tables,
      contentControls: [],
      comments: this.comments,
      customXmlParts: [],
      reportState: noDocumentState(),
      pictures: this.pictures,
      properties: emptyProperties(),
      warnings: [],
    };
  }
}

export function report(): ReportBuilder {
  return new ReportBuilder();
}

/** The 2018 implications rows, filled in, as a table body (after the header row). */
export const IMPLICATION_ROWS_2018: [string, string, string][] = [
  [
    'Impact on Corporate Priorities',
    'The priorities support a safe, clean and green borough.',
    'Head of Housing and Community Services',
  ],
  ['Risk Management', 'Covered in section 4.', 'Head of Housing and Community Services'],
  ['Financial', 'None: the work is met from existing budgets.', 'Section 151 Officer & Finance Team'],
  ['Staffing', 'None.', 'Head of Housing and Community Services'],
  ['Legal', 'The Strategic Assessment is a statutory duty.', 'Legal Team'],
  [
    'Privacy and Data Protection',
    'Data is shared under the partnership agreement.',
    'Policy and Information Team',
  ],
  ['Equalities', 'No impact identified.', 'Policy & Information Manager'],
  [
    'Crime and Disorder',
    'The priorities aim to reduce crime and disorder.',
    'Head of Housing and Community Services',
  ],
  ['Procurement', 'N/A', 'Head of Housing and Community Services'],
];

/**
 * A complete report in the 2018 or 2019 layout, which gives no findings except table headers;
 * `change` can replace or drop any part, keyed by section id or front-matter part.
 */
export function completeReport(
  edition: 2018 | 2019 = 2019,
  change: Partial<Record<string, (builder: ReportBuilder) => ReportBuilder>> = {},
): ReportSnapshot {
  const b = report();
  const part = (id: string, standard: (builder: ReportBuilder) => ReportBuilder): void => {
    (change[id] ?? standard)(b);
  };
  part('title', (r) => r.bold('2018-19 Safer Maidstone Partnership Strategic Assessment'));
  part('fields', (r) =>
    r.fields([
      ['Final Decision-Maker', 'Council'],
      ['Lead Head of Service', 'John Littlemore, Head of Housing and Community Services'],
      ['Lead Officer and Report Author', 'Nicolas Rathbone, Community Protection Officer'],
      ['Classification', 'Public'],
      ['Wards affected', 'All'],
    ]),
  );
  part('executive-summary', (r) =>
    r
      .bold('Executive Summary')
      .para('The report updates the Committee on crime in the borough over the past year.'),
  );
  part('recommendations', (r) =>
    r
      .bold('Purpose of Report')
      .para('Decision')
      .para('This report makes the following recommendations to this Committee:')
      .numbered('1.', 'That the priorities in the 2018-19 Strategic Assessment be recommended to Council.'),
  );
  part('timetable', (r) =>
    r.bold('Timetable').table([
      ['Meeting', 'Date'],
      ['Safer Maidstone Partnership', '23 January 2018'],
      ['Communities, Housing and Environment Committee', '13 February 2018'],
    ]),
  );
  part('introduction-background', (r) =>
    r
      .bold('1. INTRODUCTION AND BACKGROUND')
      .para(
        '1.1 The Strategic Assessment is published each year.',
        '1.2 It sets the priorities of the partnership.',
      ),
  );
  part('available-options', (r) =>
    r
      .bold('2. AVAILABLE OPTIONS')
      .para(
        '2.1 Option 1: adopt the priorities recommended in the Strategic Assessment.',
        '2.2 Option 2: adopt the priorities with changes.',
        '2.3 Option 3: do nothing, and keep last year’s priorities.',
      ),
  );
  part('preferred-option', (r) =>
    r
      .bold('3. PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS')
      .para('3.1 Option 1 is preferred: it follows the data.'),
  );
  part('risk', (r) => r.bold('4. RISK').para('4.1 The risks are within the Council’s risk appetite.'));
  part('consultation', (r) =>
    r
      .bold('5. CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK')
      .para('5.1 The partnership agreed the priorities on 23 January 2018.'),
  );
  part('next-steps', (r) =>
    r
      .bold('6. NEXT STEPS: COMMUNICATION AND IMPLEMENTATION OF THE DECISION')
      .para('6.1 The priorities go to Council for approval.'),
  );
  part('cross-cutting', (r) =>
    r
      .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
      .table([
        ['Issue', 'Implications', 'Sign-off'],
        ...IMPLICATION_ROWS_2018.flatMap((row) =>
          row[0] === 'Equalities' && edition === 2019
            ? [row, ['Public Health', 'The priorities support public health.', 'Public Health Officer']]
            : [row],
        ),
      ]),
  );
  part('appendices', (r) => r.bold('8. REPORT APPENDICES').para('Appendix 1: 2018-19 Strategic Assessment'));
  part('background-papers', (r) => r.bold('9. BACKGROUND PAPERS').para('None.'));
  return b.build();
}
