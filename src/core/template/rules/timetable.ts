/**
 * timetable-incomplete: the front matter has a Meeting | Date timetable (or the meetings as lines
 * under its title) and every meeting in it has a date.
 */
import { draft, type FindingDraft, type Rule } from '../context';

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/** A date as committee reports write one: "13 February 2018", "February 13th 2018", "13/02/2018". */
function hasDate(text: string): boolean {
  return /\d/.test(text) || MONTH.test(text);
}

export const timetableRule: Rule = {
  ids: ['timetable-incomplete'],
  run(context) {
    if (!context.template.frontMatter.timetable) return [];
    const timetable = context.frontMatter.timetable ?? context.frontMatter.timetableLines;
    if (!timetable) {
      return [
        draft(context, 'timetable-incomplete', {
          section: 'timetable',
          paragraph: context.frontMatter.timetableTitle,
          message:
            'The report has no timetable. Add a table with the columns Meeting and Date listing each meeting that will consider the report.',
        }),
      ];
    }
    // A date written as a placeholder ("TBC", "[Insert date]") is reported once, by placeholder-text.
    const placeholders = context.template.placeholders.patterns.map((pattern) => new RegExp(pattern, 'i'));
    const findings: FindingDraft[] = [];
    for (const row of timetable.rows) {
      if (row.meeting === '' || hasDate(row.date)) continue;
      if (placeholders.some((pattern) => pattern.exec(row.date)?.[0])) continue;
      findings.push(
        draft(context, 'timetable-incomplete', {
          section: 'timetable',
          paragraph: row.paragraph,
          message: `The timetable gives no date for "${row.meeting}". Add the date of the meeting.`,
        }),
      );
    }
    return findings;
  },
};
