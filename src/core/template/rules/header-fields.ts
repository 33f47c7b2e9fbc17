/**
 * header-field-missing, header-field-empty: the front-matter fields (Final Decision-Maker, Lead
 * Head of Service, ...) and the Executive Summary are present and filled in.
 */
import { draft, type CheckContext, type FindingDraft, type Rule } from '../context';

function headerFields(context: CheckContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const field of context.template.headerFields) {
    const found = context.frontMatter.fields.get(field.id);
    if (!found) {
      if (field.required) {
        findings.push(
          draft(context, 'header-field-missing', {
            section: null,
            message: `The header field "${field.label}" is missing. Add it to the table at the top of the report, with its value.`,
          }),
        );
      }
    } else if (found.value.trim() === '') {
      findings.push(
        draft(context, 'header-field-empty', {
          section: null,
          paragraph: found.paragraph,
          message: `The header field "${field.label}" has no value. Fill it in.`,
        }),
      );
    }
  }
  return findings;
}

/** The Executive Summary is front matter too: absent or empty, it is reported like a field. */
function executiveSummary(context: CheckContext): FindingDraft[] {
  const spec = context.template.frontMatter.executiveSummary;
  if (!spec) return [];
  const found = context.frontMatter.executiveSummary;
  if (!found) {
    return [
      draft(context, 'header-field-missing', {
        section: 'executive-summary',
        message: `The "${spec.title}" is missing. Add it after the header fields: say in plain words what the report is for.`,
      }),
    ];
  }
  if (found.text.trim() === '') {
    return [
      draft(context, 'header-field-empty', {
        section: 'executive-summary',
        paragraph: found.paragraph,
        message: `The "${spec.title}" is empty. Say in plain words what the report is for.`,
      }),
    ];
  }
  return [];
}

export const headerFieldRules: Rule = {
  ids: ['header-field-missing', 'header-field-empty'],
  run: (context) => [...headerFields(context), ...executiveSummary(context)],
};
