/**
 * alt-text-missing, table-header-missing: accessibility of pictures and tables (reports are
 * published on the council's website and must be readable with a screen reader).
 *
 * Tables skipped by table-header-missing: the front-matter header-field table (a layout table of
 * labels and values, with no header row to mark), single-column tables (boxes used for layout),
 * tables nested inside another table, and tables of one row.
 */
import { draft, type FindingDraft, type Rule } from '../context';

export const accessibilityRules: Rule = {
  ids: ['alt-text-missing', 'table-header-missing'],
  run(context) {
    const { snapshot, layout, frontMatter } = context;
    const findings: FindingDraft[] = [];
    for (const picture of snapshot.pictures) {
      if (picture.decorative || (picture.altText ?? '').trim() !== '') continue;
      const name = picture.name ? ` ("${picture.name}")` : '';
      findings.push(
        draft(context, 'alt-text-missing', {
          section: layout.sectionOf(picture.paragraph)?.id ?? null,
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
          section: layout.sectionOf(table.firstParagraph)?.id ?? null,
          paragraph: table.firstParagraph,
          message:
            'This table has no header row marked. Mark its first row as a header row ("Repeat as header row") so screen readers can read the table.',
        }),
      );
    }
    return findings;
  },
};
