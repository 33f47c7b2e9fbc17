/**
 * crosscutting-row-missing, crosscutting-implication-empty, crosscutting-signoff-empty: the
 * implications table has every row the template requires, each with implications text ("None"
 * counts) and a sign-off. Continuation rows are merged into the row above before checking.
 * Implications written as labelled paragraphs instead of a table are checked the same way.
 */
import { draft, type FindingDraft, type Rule } from '../context';
import { sectionName } from '../sections';

export const crossCuttingRules: Rule = {
  ids: ['crosscutting-row-missing', 'crosscutting-implication-empty', 'crosscutting-signoff-empty'],
  run(context) {
    const spec = context.template.crossCutting;
    if (!spec) return [];
    const section = context.template.sections.find((s) => s.id === spec.section);
    const sectionLabel = section ? sectionName(section) : 'the report';
    const paragraphs = context.implicationParagraphs;
    const table = context.implications ?? (paragraphs ? { rows: paragraphs } : null);
    if (!table) {
      // A missing section is reported by section-missing; only a missing table is news here.
      if (!context.layout.bodies.has(spec.section)) return [];
      const columns = `${spec.columns.issue} | ${spec.columns.implications} | ${spec.columns.signOff}`;
      return [
        draft(context, 'crosscutting-row-missing', {
          section: spec.section,
          message: `${capitalised(sectionLabel)} has no implications table. Add the table (${columns}) with a row for each of: ${spec.rows.map((row) => row.issue).join(', ')}.`,
        }),
      ];
    }

    const findings: FindingDraft[] = [];
    // Implications written as paragraphs with no sign-off at all: one finding, not one per row.
    const noSignOffs =
      paragraphs !== null && !context.implications && paragraphs.every((row) => row.signOff === '');
    if (noSignOffs) {
      findings.push(
        draft(context, 'crosscutting-signoff-empty', {
          section: spec.section,
          paragraph: context.layout.bodies.get(spec.section)?.heading.paragraph ?? null,
          message: `The implications do not say who signed each one off. Add the officer who agreed each (for example "Signed off by: Section 151 Officer"), or set them out in the table (${spec.columns.issue} | ${spec.columns.implications} | ${spec.columns.signOff}).`,
        }),
      );
    }
    for (const rowSpec of spec.rows) {
      const rows = table.rows.filter((row) => row.spec === rowSpec);
      if (rows.length === 0) {
        findings.push(
          draft(context, 'crosscutting-row-missing', {
            section: spec.section,
            row: rowSpec.issue,
            message: context.implications
              ? `The implications table has no "${rowSpec.issue}" row. Add it, with the implications (or "None") and who signed it off.`
              : `The implications say nothing about "${rowSpec.issue}". Add it, with the implications (or "None") and who signed it off.`,
          }),
        );
        continue;
      }
      for (const row of rows) {
        const details = { section: spec.section, paragraph: row.paragraph, row: rowSpec.issue };
        if (row.implications === '') {
          findings.push(
            draft(context, 'crosscutting-implication-empty', {
              ...details,
              message: `The "${rowSpec.issue}" row of the implications table has no implications. Describe them, or write "None".`,
            }),
          );
        }
        if (row.signOff === '' && !noSignOffs) {
          findings.push(
            draft(context, 'crosscutting-signoff-empty', {
              ...details,
              message: `The "${rowSpec.issue}" row of the implications table has no sign-off. Name the officer who agreed it (for example "Section 151 Officer & Finance Team").`,
            }),
          );
        }
      }
    }
    return findings;
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
