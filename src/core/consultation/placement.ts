/**
 * Where in the template a comment sits: the section its anchor starts in (a comment spanning two
 * sections belongs to the first), the part of the front matter (executive summary,
 * recommendations, timetable) when it comes before section 1, and the implications-table row
 * when its anchor starts in that table.
 */
import type { ReportSnapshot } from '../report/snapshot';
import type { CheckContext } from '../template/context';
import { buildContext } from '../template/context';
import type { TemplateSpec } from '../template/spec';

/** Places before section 1, as ids alongside the template's section ids. */
export const FRONT_MATTER_PLACES = {
  'front-matter': 'Front matter',
  'executive-summary': 'Executive Summary',
  recommendations: 'Recommendations',
  timetable: 'Timetable',
} as const;

export type FrontMatterPlace = keyof typeof FRONT_MATTER_PLACES;

export interface Placement {
  /**
   * Template section id, a front-matter place, or null when the comment's anchor is not in the
   * report's text (its text was deleted, or it sits in a header or text box).
   */
  section: string | null;
  /** "1. Introduction and Background", "Executive Summary", "Not anchored in the text". */
  sectionTitle: string;
  /** Template section number; null for front matter and unanchored comments. */
  sectionNumber: number | null;
  /** The implications-table row ("Financial"), when the anchor starts in that table. */
  row: string | null;
}

export const NOT_ANCHORED = 'Not anchored in the text';

/** Places every paragraph once, so placing 1,000 comments costs no more than placing one. */
export class CommentPlacer {
  private readonly frontMatterStarts: { paragraph: number; place: FrontMatterPlace }[];
  /** Implications-table row by the table's row index (continuation rows map to their row). */
  private readonly rowByTableRow = new Map<number, string>();
  private readonly implicationsTable: number | null;

  constructor(
    private readonly snapshot: ReportSnapshot,
    private readonly context: CheckContext,
  ) {
    const fm = context.frontMatter;
    const starts: { paragraph: number; place: FrontMatterPlace }[] = [];
    for (const field of fm.fields.values())
      starts.push({ paragraph: field.paragraph, place: 'front-matter' });
    if (fm.executiveSummary)
      starts.push({ paragraph: fm.executiveSummary.paragraph, place: 'executive-summary' });
    if (fm.recommendations)
      starts.push({ paragraph: fm.recommendations.paragraph, place: 'recommendations' });
    if (fm.timetableTitle !== null) starts.push({ paragraph: fm.timetableTitle, place: 'timetable' });
    if (fm.timetable) {
      starts.push({ paragraph: fm.timetable.table.firstParagraph, place: 'timetable' });
      // What follows the timetable table is front matter again, not the timetable.
      starts.push({ paragraph: fm.timetable.table.lastParagraph + 1, place: 'front-matter' });
    }
    this.frontMatterStarts = starts.sort((a, b) => a.paragraph - b.paragraph);

    const implications = context.implications;
    this.implicationsTable = implications ? implications.table.index : null;
    for (const row of implications?.rows ?? []) {
      const label = row.spec?.issue ?? row.issue;
      for (let r = row.row; r <= row.row + row.continuations; r++) this.rowByTableRow.set(r, label);
    }
  }

  static for(snapshot: ReportSnapshot, template: TemplateSpec): CommentPlacer {
    return new CommentPlacer(snapshot, buildContext(snapshot, template, {}));
  }

  place(anchorParagraph: number | null): Placement {
    const paragraph = anchorParagraph === null ? undefined : this.snapshot.paragraphs[anchorParagraph];
    if (anchorParagraph === null || !paragraph) {
      return { section: null, sectionTitle: NOT_ANCHORED, sectionNumber: null, row: null };
    }
    const row = this.rowOf(anchorParagraph);
    const section = this.context.layout.sectionOf(anchorParagraph);
    if (section) {
      return {
        section: section.id,
        sectionTitle: `${section.number}. ${section.title}`,
        sectionNumber: section.number,
        row,
      };
    }
    let place: FrontMatterPlace = 'front-matter';
    for (const start of this.frontMatterStarts) {
      if (start.paragraph > anchorParagraph) break;
      place = start.place;
    }
    return { section: place, sectionTitle: FRONT_MATTER_PLACES[place], sectionNumber: null, row };
  }

  private rowOf(index: number): string | null {
    if (this.implicationsTable === null) return null;
    const table = this.snapshot.tables[this.implicationsTable];
    if (!table || index < table.firstParagraph || index > table.lastParagraph) return null;
    // A paragraph in a table nested in a cell: the row of the outer cell holding it.
    const holder = table.rows.findIndex((row) =>
      row.cells.some((cell) => cell.paragraphs.some((p) => p === index)),
    );
    const direct = this.snapshot.paragraphs[index]?.cell;
    const rowIndex = direct && direct.table === this.implicationsTable ? direct.row : holder;
    return rowIndex === -1 ? null : (this.rowByTableRow.get(rowIndex) ?? null);
  }

  /** Title of a place id (section id or front-matter place), for lists and summaries. */
  titleOf(place: string | null): string {
    if (place === null) return NOT_ANCHORED;
    if (place in FRONT_MATTER_PLACES) return FRONT_MATTER_PLACES[place as FrontMatterPlace];
    const section = this.context.template.sections.find((s) => s.id === place);
    return section ? `${section.number}. ${section.title}` : place;
  }
}
