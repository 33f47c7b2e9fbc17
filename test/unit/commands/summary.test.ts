import { summariseCheck } from '../../../src/commands/summary';
import type { CheckResult, Finding, SectionResult, Severity } from '../../../src/core/template/finding';

const finding = (severity: Severity, text = 'Private paragraph about Mr Smith'): Finding => ({
  rule: 'section-empty',
  severity,
  section: 'background',
  message: `Section is empty: ${text}`,
  paragraph: 4,
  excerpt: text,
  number: null,
  row: null,
});

const sections = (complete: number, other: number): SectionResult[] => [
  ...Array.from({ length: complete }, (_, i) => ({
    id: `s${i}`,
    title: `S${i}`,
    status: 'complete' as const,
    heading: `S${i}`,
    paragraph: i,
  })),
  ...Array.from({ length: other }, (_, i) => ({
    id: `m${i}`,
    title: `M${i}`,
    status: i % 2 ? ('missing' as const) : ('incomplete' as const),
    heading: null,
    paragraph: null,
  })),
];

const result = (findings: Finding[], secs: SectionResult[]): CheckResult => ({
  template: 'maidstone-2019',
  complete: false,
  sections: secs,
  findings,
  comments: { total: 0, unresolved: 0 },
});

describe('summariseCheck', () => {
  it('counts errors, warnings and complete sections', () => {
    const r = result(
      [
        finding('error'),
        finding('error'),
        finding('error'),
        finding('warning'),
        finding('warning'),
        finding('info'),
      ],
      sections(7, 2),
    );
    expect(summariseCheck(r)).toBe('Report check: 3 errors, 2 warnings — 7 of 9 sections complete');
  });

  it('uses the singular for one, and says so when there is nothing to fix', () => {
    expect(summariseCheck(result([finding('error'), finding('warning')], sections(1, 0)))).toBe(
      'Report check: 1 error, 1 warning — 1 of 1 sections complete',
    );
    expect(summariseCheck(result([finding('info')], sections(9, 0)))).toBe(
      'Report check: no errors or warnings — 9 of 9 sections complete',
    );
    expect(summariseCheck(result([finding('warning')], sections(0, 3)))).toBe(
      'Report check: 0 errors, 1 warning — 0 of 3 sections complete',
    );
  });

  it('leaves out the sections when the template has none', () => {
    expect(summariseCheck(result([finding('error')], []))).toBe('Report check: 1 error, 0 warnings');
  });

  it('carries no document text, only counts', () => {
    const text = summariseCheck(result([finding('error', 'CONFIDENTIAL victim name')], sections(2, 1)));
    expect(text).not.toMatch(/CONFIDENTIAL|victim|Section is empty/);
    expect(text.replace(/\d+/g, '#')).toBe('Report check: # error, # warnings — # of # sections complete');
  });
});
