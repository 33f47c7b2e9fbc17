/**
 * Committee reports laid out as other councils write them (test/fixtures/reports/other-council-*,
 * made by LibreOffice's HTML import, a writer other than ours): each gives exactly the findings a
 * committee clerk would agree with, listed in test/fixtures/reports/README.md. The false alarms
 * these layouts once raised are pinned here, and the true findings are kept.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { checkSnapshot } from '../../../../src/core/template/check';
import type { CheckResult } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';

const FIXTURES = join(__dirname, '../../../fixtures/reports');

function check(name: string): CheckResult {
  const fileName = `other-council-${name}.docx`;
  const snapshot = readDocx(new Uint8Array(readFileSync(join(FIXTURES, fileName))), fileName);
  return checkSnapshot(snapshot, getTemplate('maidstone-2019'), { final: false });
}

/** Each finding as "rule severity section number-or-row". */
function summary(result: CheckResult): string[] {
  return result.findings.map((f) =>
    [f.rule, f.severity, f.section ?? '-', f.number ?? f.row ?? '-'].join(' '),
  );
}

function headings(result: CheckResult): string[] {
  return result.sections.map((s) => `${s.id} ${s.status} ${s.heading ?? ''}`.trim());
}

describe('other councils: complete reports give no false alarm', () => {
  it('header fields as "Label: value", Heading 1 with typed numbers, a lettered Word list of recommendations, Committee | Date with "10/03/2026" and "March 2026", an "Implication type" column and a row the template does not know', () => {
    const result = check('label-value-heading1');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
    expect(headings(result).slice(0, 4)).toEqual([
      'executive-summary complete Executive Summary',
      'recommendations complete Recommendations',
      'timetable complete Timetable',
      'introduction-background complete 1. Introduction and Background',
    ]);
  });

  it('headings numbered by Word lists in Heading 1, front-matter titles in Heading 2, Meeting | Date | Notes, "Signed off by", and the last two sections on one line each ("Background Papers: None")', () => {
    const result = check('list-numbered-headings');
    expect(summary(result)).toEqual([]);
    expect(headings(result).slice(3, 4)).toEqual([
      'introduction-background complete 1. Introduction and Background',
    ]);
    expect(headings(result).slice(-2)).toEqual([
      'appendices complete Report Appendices: Appendix 1 - Strategic Assessment 2026-27',
      'background-papers complete Background Papers: None',
    ]);
  });

  it('bold headings with typed numbers and the last two sections written "Report Appendices: ..." and "Background Papers: None" in bold', () => {
    const result = check('inline-endings');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('header fields two to a row (Label | value | Label | value), a lone recommendation "That ..." under RECOMMENDATIONS, Date | Meeting, and a sign-off column called "Responsible officer"', () => {
    const result = check('four-column-fields');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
    expect(headings(result)[1]).toBe('recommendations complete RECOMMENDATIONS');
  });

  it('headings numbered "1.0 INTRODUCTION AND BACKGROUND" above paragraphs 1.1, 1.2, and the lead "The Committee is recommended to:"', () => {
    const result = check('point-zero-headings');
    expect(summary(result)).toEqual([]);
    expect(headings(result).slice(1, 4)).toEqual([
      'recommendations complete The Committee is recommended to:',
      'timetable complete Timetable',
      'introduction-background complete 1.0 INTRODUCTION AND BACKGROUND',
    ]);
  });

  it('the timetable written as lines under its title ("Council – 22 April 2026") and the lead "Recommendation(s)"', () => {
    const result = check('timetable-lines');
    expect(summary(result)).toEqual([]);
    expect(headings(result).slice(1, 3)).toEqual([
      'recommendations complete Recommendation(s)',
      'timetable complete Timetable',
    ]);
  });

  it('the implications written as paragraphs: a bold "Financial implications" label, the text, "Signed off by: ..."', () => {
    const result = check('implications-paragraphs');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
  });
});

describe('other councils: true findings are kept', () => {
  it('capitals Heading 1 headings, implications rows in another order: only the appendix table without a marked header row', () => {
    expect(summary(check('caps-heading1'))).toEqual(['table-header-missing warning appendices -']);
  });

  it('an "Area | Implications" table with the sign-off under the text in the same cell is read; "TBC" as a date is one finding, unnumbered paragraphs are reported', () => {
    const result = check('fields-table-caps');
    expect(summary(result)).toEqual([
      'placeholder-text error timetable -',
      'paragraph-unnumbered warning introduction-background -',
      'paragraph-unnumbered warning available-options -',
      'paragraph-unnumbered warning preferred-option -',
      'paragraph-unnumbered warning risk -',
      'paragraph-unnumbered warning consultation -',
      'paragraph-unnumbered warning next-steps -',
      'table-header-missing warning appendices -',
    ]);
    expect(result.sections.find((s) => s.id === 'cross-cutting')?.status).toBe('complete');
  });

  it('the same layouts with real problems: an empty field in a four-column table, a meeting with no date, a sign-off missing from its cell, a missing row', () => {
    const result = check('sign-off-in-cell-problems');
    expect(summary(result)).toEqual([
      'header-field-empty error - -',
      'timetable-incomplete warning timetable -',
      'crosscutting-signoff-empty error cross-cutting Financial',
      'crosscutting-row-missing error cross-cutting Legal',
    ]);
    expect(result.findings[0]?.excerpt).toBe('Classification');
  });
});
