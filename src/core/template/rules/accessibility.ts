/**
 * alt-text-missing, table-header-missing: accessibility of pictures and tables (reports are
 * published on the council's website and must be readable with a screen reader).
 *
 * Tables skipped by table-header-missing: the front-matter header-field table (a layout table of
 * labels and values, with no header row to mark), single-column tables (boxes used for layout),
 * tables nested inside another table, and tables of one row.
 */
import type { Table } from '../../report/snapshot';
import { draft, type CheckContext, type FindingDraft, type Rule } from '../context';
import { isTitleRow } from '../table-columns';

/** Title rows (one merged cell) above the column headings: they are marked as header rows with them. */
function titleRowsAbove(table: Table): number {
  let count = 0;
  while (count < table.rows.length - 1) {
    const row = table.rows[count]!;
    if (!isTitleRow(row) || row.cells.every((cell) => cell.text.trim() === '')) break;
    count++;
  }
  return count;
}

/** The columns of a table read without column names ("Meeting | Date"), so the advice can name them. */
function unnamedColumns(context: CheckContext, table: Table): string | null {
  const { timetable } = context.frontMatter;
  if (timetable?.table === table && !timetable.hasColumnNames) return 'Meeting | Date';
  const implications = context.implications;
  const columns = context.template.crossCutting?.columns;
  if (implications?.table === table && !implications.hasColumnNames && columns) {
    return `${columns.issue} | ${columns.implications} | ${columns.signOff}`;
  }
  return null;
}

function headerMessage(titleRows: number, unnamed: string | null): string {
  if (unnamed !== null) {
    return `This table has no header row. Add a row naming its columns (${unnamed}) and mark it as a header row ("Repeat as header row") so screen readers can read the table.`;
  }
  const rows =
    titleRows === 0
      ? 'its first row as a header row'
      : `its first ${titleRows + 1} rows (the title and the column headings) as header rows`;
  return `This table has no header row marked. Mark ${rows} ("Repeat as header row") so screen readers can read the table.`;
}

export const accessibilityRules: Rule = {
  ids: ['alt-text-missing', 'table-header-missing'],
  run(context) {
    const { snapshot, frontMatter } = context;
    const findings: FindingDraft[] = [];
    for (const picture of snapshot.pictures) {
      if (picture.decorative || (picture.altText ?? '').trim() !== '') continue;
      const name = picture.name ? ` ("${picture.name}")` : '';
      findings.push(
        draft(context, 'alt-text-missing', {
          section: context.placeOf(picture.paragraph),
          paragraph: picture.paragraph,
          message: `A picture${name} has no alternative text. Describe what it shows, or mark it as decorative.`,
        }),
      );
    }
    for (const table of snapshot.tables) {
      const first = table.rows[0];
      if (!first || table.rows.length < 2 || first.header || table.depth > 0) continue;
      if (frontMatter.fieldTables.has(table.index)) continue;
      if (table.rows.every((row) => row.cells.length <= 1)) continue;
      findings.push(
        draft(context, 'table-header-missing', {
          section: context.placeOf(table.firstParagraph),
          paragraph: table.firstParagraph,
          message: headerMessage(titleRowsAbove(table), unnamedColumns(context, table)),
        }),
      );
    }
    return findings;
  },
};
