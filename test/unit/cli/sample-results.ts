import type { CheckResult, Finding, SectionResult } from '../../../src/core/template/finding';
import type { CheckedReport } from '../../../src/cli/commands/check/outcome';

/** Check results written by hand, shaped as the checker returns them, for the formatter tests. */

export function section(
  id: string,
  title: string,
  status: SectionResult['status'],
  heading: string | null = null,
  number: number | null = /^\d+/.test(heading ?? '') ? Number(/^\d+/.exec(heading!)![0]) : null,
): SectionResult {
  return { id, title, status, heading, paragraph: heading === null ? null : 10, number };
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return {
    severity: 'warning',
    section: null,
    message: 'Something to look at.',
    paragraph: null,
    excerpt: null,
    number: null,
    row: null,
    ...overrides,
  };
}

export const MAIDSTONE_SECTIONS: SectionResult[] = [
  section(
    'introduction-background',
    'Introduction and Background',
    'complete',
    '1. INTRODUCTION AND BACKGROUND',
  ),
  section('available-options', 'Available Options', 'complete', '2. AVAILABLE OPTIONS'),
  section(
    'preferred-option',
    'Preferred Option and Reasons for Recommendations',
    'complete',
    '3. PREFERRED OPTION',
  ),
  section('risk', 'Risk', 'missing'),
  section(
    'consultation',
    'Consultation Results and Previous Committee Feedback',
    'complete',
    '5. CONSULTATION',
  ),
  section(
    'next-steps',
    'Next Steps: Communication and Implementation of the Decision',
    'incomplete',
    '6. NEXT STEPS',
  ),
  section('cross-cutting', 'Cross-Cutting Issues and Implications', 'complete', '7. CROSS-CUTTING'),
  section('appendices', 'Report Appendices', 'complete', '8. REPORT APPENDICES'),
  section('background-papers', 'Background Papers', 'complete', '9. BACKGROUND PAPERS'),
];

export function reportWithProblems(): CheckResult {
  return {
    template: 'maidstone-2019',
    complete: false,
    sections: MAIDSTONE_SECTIONS,
    findings: [
      finding({
        rule: 'section-missing',
        severity: 'error',
        section: 'risk',
        message: 'The report has no "Risk" section. Add it after section 3.',
      }),
      finding({
        rule: 'numbering-duplicate',
        severity: 'warning',
        section: 'introduction-background',
        message: 'Paragraph number 1.4 is used twice.',
        paragraph: 16,
        excerpt: '1.4 Our priorities for this year...',
        number: '1.4',
      }),
      finding({
        rule: 'placeholder-text',
        severity: 'error',
        section: 'next-steps',
        message: 'Placeholder text is still in the report.',
        paragraph: 40,
        excerpt: '[Insert date]',
      }),
      finding({
        rule: 'header-field-empty',
        severity: 'error',
        message: 'Wards affected has no value.',
        paragraph: 7,
      }),
      finding({ rule: 'comments-unresolved', severity: 'warning', message: '3 comments are still open.' }),
    ],
    comments: { total: 5, unresolved: 3 },
  };
}

export function cleanReport(template = 'maidstone-2019'): CheckResult {
  return {
    template,
    complete: true,
    sections: MAIDSTONE_SECTIONS.map((s) => ({
      ...s,
      status: 'complete',
      heading: s.heading ?? s.title.toUpperCase(),
    })),
    findings: [],
    comments: { total: 0, unresolved: 0 },
  };
}

export function checked(
  file: string,
  result: CheckResult,
  templateName = 'Maidstone Borough Council committee report (2019)',
): CheckedReport {
  return { file, templateName, result };
}
