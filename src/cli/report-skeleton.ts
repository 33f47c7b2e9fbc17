/**
 * A new report skeleton for `council-report build`: the template's front matter (committee, date,
 * title, the header block, Executive Summary, recommendations, timetable), every section with its
 * number, heading and the template's guidance as the text to replace, Available Options with the
 * three options the template expects (one "do nothing"), and the implications table with a row per
 * issue. Everything an author must write is a placeholder the checker reports ("[Insert …]" or
 * the template's guidance), and nothing else is reported.
 */
import type { TemplateSpec } from '../core/template/spec';
import { paragraph } from '../ooxml/paragraph';
import { dataTable } from '../ooxml/table';

const NARROW = 9026;

function table(caption: string, headers: string[], rows: string[][]): string {
  return dataTable(
    {
      caption,
      columns: headers.map((header) => ({ header, align: 'left' as const })),
      rows: rows.map((cells) => ({ cells })),
      source: '',
    },
    { description: caption, widthTwips: NARROW },
  );
}

function heading(text: string): string {
  return paragraph({ styleId: 'Heading1', runs: text });
}

function bold(text: string): string {
  return paragraph({ runs: [{ text, bold: true }] });
}

export interface SkeletonOptions {
  /** "Safer Maidstone Partnership Strategic Assessment"; a placeholder when absent. */
  title?: string;
}

/** The skeleton's body XML, and the id of the section where the live tables go. */
export function reportSkeleton(
  template: TemplateSpec,
  options: SkeletonOptions = {},
): { xml: string; dataSection: string } {
  const parts: string[] = [];
  parts.push(paragraph({ runs: [{ text: '[Insert the name of the Committee]', bold: true }] }));
  parts.push(paragraph({ runs: '[Insert the date of the meeting]' }));
  parts.push(paragraph({ styleId: 'Title', runs: options.title ?? '[Insert the title of the report]' }));
  parts.push(
    table(
      'Report details',
      ['Item', 'Detail'],
      template.headerFields.map((field) => [field.label, `[Insert the ${field.label.toLowerCase()}]`]),
    ),
  );
  const front = template.frontMatter;
  if (front.executiveSummary) {
    parts.push(bold(front.executiveSummary.title));
    parts.push(paragraph({ runs: '[Insert a summary of the report in plain words]' }));
  }
  if (front.recommendations) {
    parts.push(paragraph({ runs: front.recommendations.lead }));
    parts.push(paragraph({ runs: '1.\t[Insert the first recommendation]' }));
  }
  if (front.timetable) {
    parts.push(bold(front.timetable.title));
    parts.push(
      table(
        'Timetable',
        ['Meeting', 'Date'],
        [
          // A date-like placeholder: the timetable rule looks for a date, the placeholder rule for "[Insert".
          ['[Insert the meeting]', '[Insert the date, like 13 February 2018]'],
          ['[Insert the meeting]', '[Insert the date, like 28 February 2018]'],
        ],
      ),
    );
  }
  const optionsSection = template.options?.section;
  const crossCutting = template.crossCutting;
  for (const section of template.sections) {
    parts.push(heading(`${section.number}.\t${section.title}`));
    const number = (n: number, text: string) =>
      paragraph({ runs: section.numberedParagraphs ? `${section.number}.${n}\t${text}` : text });
    const guidance = section.guidance || `[Insert the ${section.title.toLowerCase()}]`;
    if (section.id === optionsSection) {
      parts.push(number(1, `Option 1: [Insert the first option] ${guidance}`));
      parts.push(number(2, 'Option 2: [Insert the second option]'));
      parts.push(
        number(3, 'Option 3: Do nothing. [Insert what would happen if the Committee took no action]'),
      );
    } else if (crossCutting && section.id === crossCutting.section) {
      parts.push(number(1, guidance));
      parts.push(
        table(
          'Cross-cutting issues and implications',
          [crossCutting.columns.issue, crossCutting.columns.implications, crossCutting.columns.signOff],
          crossCutting.rows.map((row) => [
            row.issue,
            '[Insert the implications]',
            '[Insert who signed this off]',
          ]),
        ),
      );
    } else parts.push(number(1, guidance));
  }
  const dataSection = template.sections[0]?.id ?? '';
  return { xml: parts.join(''), dataSection };
}
