/**
 * End to end on real .docx reports (test/fixtures/reports, made by LibreOffice from the .fodt
 * sources): the docx reader's snapshot, checked against the built-in templates, gives exactly the
 * findings listed in test/fixtures/reports/README.md.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { checkSnapshot } from '../../../../src/core/template/check';
import type { CheckResult } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';

const FIXTURES = join(__dirname, '../../../fixtures/reports');

function check(name: string, templateId: string, final = false): CheckResult {
  const fileName = `${name}.docx`;
  const snapshot = readDocx(new Uint8Array(readFileSync(join(FIXTURES, fileName))), fileName);
  return checkSnapshot(snapshot, getTemplate(templateId), { final });
}

/** Each finding as "rule severity section number-or-row". */
function summary(result: CheckResult): string[] {
  return result.findings.map((f) =>
    [f.rule, f.severity, f.section ?? '-', f.number ?? f.row ?? '-'].join(' '),
  );
}

describe('strategic-assessment-complete.docx', () => {
  it('has no findings against the 2019 template and every section is complete', () => {
    const result = check('strategic-assessment-complete', 'maidstone-2019');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.sections.map((s) => `${s.id} ${s.status} ${s.heading}`)).toEqual([
      'executive-summary complete Executive Summary',
      'recommendations complete This report makes the following recommendations to this Committee:',
      'timetable complete Timetable',
      'introduction-background complete 1. INTRODUCTION AND BACKGROUND',
      'available-options complete 2. AVAILABLE OPTIONS',
      'preferred-option complete 3. PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS',
      'risk complete 4. RISK',
      'consultation complete 5. CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK',
      'next-steps complete 6. NEXT STEPS: COMMUNICATION AND IMPLEMENTATION OF THE DECISION',
      'cross-cutting complete 7. CROSS-CUTTING ISSUES AND IMPLICATIONS',
      'appendices complete 8. REPORT APPENDICES',
      'background-papers complete 9. BACKGROUND PAPERS',
    ]);
    expect(result.comments).toEqual({ total: 0, unresolved: 0 });
  });

  it('has no findings against the 2018 template either (the Public Health row is extra there)', () => {
    expect(summary(check('strategic-assessment-complete', 'maidstone-2018'))).toEqual([]);
  });
});

describe('strategic-assessment-problems.docx', () => {
  it('gives exactly the known problems, in report order', () => {
    const result = check('strategic-assessment-problems', 'maidstone-2019');
    expect(summary(result)).toEqual([
      'timetable-incomplete warning timetable -',
      'alt-text-missing warning introduction-background -',
      'numbering-duplicate warning introduction-background 1.4',
      'options-too-few warning available-options -',
      'options-no-do-nothing warning available-options -',
      'numbering-gap warning preferred-option 3.3',
      'section-missing error risk -',
      'section-order error next-steps -',
      'placeholder-text error next-steps -',
      'comments-unresolved warning consultation -',
      'crosscutting-implication-empty error cross-cutting Staffing',
      'crosscutting-row-missing error cross-cutting Procurement',
    ]);
    expect(result.complete).toBe(false);
    expect(result.comments).toEqual({ total: 1, unresolved: 1 });
    const status = Object.fromEntries(result.sections.map((s) => [s.id, s.status]));
    expect(status).toEqual({
      'executive-summary': 'complete',
      recommendations: 'complete',
      timetable: 'incomplete',
      'introduction-background': 'complete',
      'available-options': 'complete',
      'preferred-option': 'complete',
      risk: 'missing',
      consultation: 'complete',
      'next-steps': 'incomplete',
      'cross-cutting': 'incomplete',
      appendices: 'complete',
      'background-papers': 'complete',
    });
  });

  it('points each finding at the paragraph it is about', () => {
    const result = check('strategic-assessment-problems', 'maidstone-2019');
    const excerpt = (rule: string) => result.findings.find((f) => f.rule === rule)?.excerpt;
    expect(excerpt('timetable-incomplete')).toBe('Council');
    expect(excerpt('numbering-duplicate')).toMatch(
      /^1\.4 The Partnership scored each issue with the MoRiLE matrix/,
    );
    expect(excerpt('options-too-few')).toBe('2 AVAILABLE OPTIONS');
    expect(excerpt('section-order')).toBe('6 NEXT STEPS: COMMUNICATION AND IMPLEMENTATION OF THE DECISION');
    expect(excerpt('placeholder-text')).toMatch(/published on \[Insert date\]\.$/);
    expect(excerpt('crosscutting-implication-empty')).toBe('Staffing');
    expect(result.findings.find((f) => f.rule === 'section-missing')?.message).toBe(
      'Section 4 "Risk" is missing. Add a Risk section after Preferred Option and Reasons for Recommendations.',
    );
  });

  it('makes the open comment an error in final mode', () => {
    const result = check('strategic-assessment-problems', 'maidstone-2019', true);
    expect(result.findings.find((f) => f.rule === 'comments-unresolved')?.severity).toBe('error');
  });
});

describe('strategic-assessment-outline.docx (Heading styles and Word multi-level numbering)', () => {
  it('reads headings and paragraph numbers from Word numbering', () => {
    const result = check('strategic-assessment-outline', 'maidstone-2018');
    expect(summary(result)).toEqual([
      'table-header-missing warning timetable -',
      'paragraph-unnumbered warning risk -',
    ]);
    expect(result.complete).toBe(true);
    expect(result.sections.map((s) => s.heading)).toEqual([
      'Executive Summary',
      'This report makes the following recommendations to this Committee:',
      'Timetable',
      '1. Introduction and Background',
      '2. Available Options',
      '3. Preferred Option and Reasons for Recommendations',
      '4. Risk',
      '5. Consultation Results and Previous Committee Feedback',
      '6. Next Steps: Communication and Implementation of the Decision',
      '7. Cross-Cutting Issues and Implications',
      '8. Report Appendices',
      '9. Background Papers',
    ]);
  });

  it('misses the Public Health row against the 2019 template', () => {
    expect(summary(check('strategic-assessment-outline', 'maidstone-2019'))).toEqual([
      'table-header-missing warning timetable -',
      'paragraph-unnumbered warning risk -',
      'crosscutting-row-missing error cross-cutting Public Health',
    ]);
  });
});

describe('strategic-assessment-as-filed.docx (the report laid out as the council files it)', () => {
  it('finds the timetable under its merged title row and the implications table past its title and repeated header', () => {
    const result = check('strategic-assessment-as-filed', 'maidstone-2019');
    expect(summary(result)).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.sections.slice(0, 3).map((s) => `${s.id} ${s.status} ${s.heading}`)).toEqual([
      'executive-summary complete Executive Summary',
      'recommendations complete This report makes the following recommendations to this Committee:',
      'timetable complete Timetable',
    ]);
  });
});

describe('strategic-assessment-as-filed-draft.docx (the same layout, not finished)', () => {
  it('reports what is really wrong in tables with title rows, and nothing else', () => {
    const result = check('strategic-assessment-as-filed-draft', 'maidstone-2019');
    expect(summary(result)).toEqual([
      'table-header-missing warning timetable -',
      'timetable-incomplete warning timetable -',
      'table-header-missing warning cross-cutting -',
      'crosscutting-implication-empty error cross-cutting Staffing',
    ]);
    expect(result.findings[0]!.message).toContain(
      'Mark its first 2 rows (the title and the column headings)',
    );
    expect(result.findings[1]!.message).toBe(
      'The timetable gives no date for "Council". Add the date of the meeting.',
    );
    expect(result.sections.find((s) => s.id === 'timetable')!.status).toBe('incomplete');
  });
});
