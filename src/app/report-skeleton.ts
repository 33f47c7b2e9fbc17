/**
 * Building a new report (`council-report build`): the skeleton as content blocks, which the .docx
 * layer writes into a blank document (docx/write/blank-docx.ts `docxWithBlocks`). It holds the
 * template's front matter (committee, date, title, the header block, Executive Summary,
 * recommendations, timetable), every section with its
 * number, heading and the template's guidance as the text to replace, Available Options with the
 * three options the template expects (one "do nothing"), and the implications table with a row per
 * issue. Everything an author must write is a placeholder the checker reports ("[Insert …]" or
 * the template's guidance), and nothing else is reported.
 */
import { tableBlock, type ContentBlock, type TextRun } from '../core/content/blocks';
import type { TemplateSpec } from '../core/template/spec';

/** A table to fill in: its caption is its alt text (the skeleton's tables have no visible caption). */
function table(caption: string, headers: string[], rows: string[][]): ContentBlock {
  return tableBlock({
    title: caption,
    description: caption,
    columns: headers.map((header) => ({ header, align: 'left' as const })),
    rows: rows.map((cells) => ({ cells })),
  });
}

function paragraph(runs: string | TextRun[], style?: string): ContentBlock {
  return style ? { kind: 'paragraph', runs, style } : { kind: 'paragraph', runs };
}

function heading(text: string): ContentBlock {
  return paragraph(text, 'Heading1');
}

function bold(text: string): ContentBlock {
  return paragraph([{ text, bold: true }]);
}

export interface SkeletonOptions {
  /** "Safer Maidstone Partnership Strategic Assessment"; a placeholder when absent. */
  title?: string;
}

/** The skeleton's body as content blocks, and the id of the section where the live tables go. */
export function reportSkeleton(
  template: TemplateSpec,
  options: SkeletonOptions = {},
): { blocks: ContentBlock[]; dataSection: string } {
  const parts: ContentBlock[] = [];
  parts.push(bold('[Insert the name of the Committee]'));
  parts.push(paragraph('[Insert the date of the meeting]'));
  parts.push(paragraph(options.title ?? '[Insert the title of the report]', 'Title'));
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
    parts.push(paragraph('[Insert a summary of the report in plain words]'));
  }
  if (front.recommendations) {
    parts.push(paragraph(front.recommendations.lead));
    parts.push(paragraph('1.\t[Insert the first recommendation]'));
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
      paragraph(section.numberedParagraphs ? `${section.number}.${n}\t${text}` : text);
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
  return { blocks: parts, dataSection };
}
