import { checkSnapshot } from '../../../../src/core/template/check';
import type { RuleId } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { completeReport, report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function found(snapshot: ReportSnapshot, rule: RuleId) {
  return checkSnapshot(snapshot, template).findings.filter((f) => f.rule === rule);
}

describe('section-missing', () => {
  it('reports a section with no heading, saying where to add it', () => {
    const snapshot = completeReport(2019, { risk: (r) => r });
    const findings = found(snapshot, 'section-missing');
    expect(findings).toEqual([
      expect.objectContaining({
        section: 'risk',
        severity: 'error',
        paragraph: null,
        excerpt: null,
        message:
          'Section 4 "Risk" is missing. Add a Risk section after Preferred Option and Reasons for Recommendations.',
      }),
    ]);
    const result = checkSnapshot(snapshot, template);
    expect(result.sections.find((s) => s.id === 'risk')?.status).toBe('missing');
    expect(result.complete).toBe(false);
  });

  it('does not fire when the heading is written differently', () => {
    const snapshot = completeReport(2019, { risk: (r) => r.heading('Risks').para('4.1 The risks are low.') });
    expect(found(snapshot, 'section-missing')).toEqual([]);
  });
});

describe('section-order', () => {
  it('blames the section that jumped ahead when two are swapped', () => {
    const snapshot = completeReport(2019, {
      risk: (r) => r.bold('5. CONSULTATION').para('5.1 The partnership agreed the priorities.'),
      consultation: (r) => r.bold('4. RISK').para('4.1 The risks are low.'),
    });
    const findings = found(snapshot, 'section-order');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: 'consultation', excerpt: '5. CONSULTATION' });
    expect(findings[0]?.message).toContain('it comes before section 4 "Risk"');
  });

  it('blames only the section moved down the report', () => {
    const snapshot = completeReport(2019, {
      'available-options': (r) => r,
      'next-steps': (r) =>
        r
          .bold('6. NEXT STEPS')
          .para('6.1 The priorities go to Council.')
          .bold('2. AVAILABLE OPTIONS')
          .para('2.1 Option 1: adopt.', '2.2 Option 2: amend.', '2.3 Option 3: do nothing.'),
    });
    const findings = found(snapshot, 'section-order');
    expect(findings.map((f) => f.section)).toEqual(['available-options']);
    expect(findings[0]?.message).toContain('it comes after section 6');
  });

  it('does not fire when a section is missing but the rest are in order', () => {
    expect(found(completeReport(2019, { consultation: (r) => r }), 'section-order')).toEqual([]);
  });
});

describe('section-empty', () => {
  it('reports a heading with nothing under it, with the guidance', () => {
    const snapshot = completeReport(2019, { risk: (r) => r.bold('4. RISK').empty() });
    const findings = found(snapshot, 'section-empty');
    expect(findings).toEqual([expect.objectContaining({ section: 'risk', paragraph: expect.any(Number) })]);
    expect(findings[0]?.message).toContain('Describe the risks');
    expect(checkSnapshot(snapshot, template).sections.find((s) => s.id === 'risk')?.status).toBe(
      'incomplete',
    );
  });

  it('counts a table or a picture as a body', () => {
    const withPicture = completeReport(2019, {
      risk: (r) => r.bold('4. RISK').picture({ altText: 'Risk matrix' }),
    });
    expect(found(withPicture, 'section-empty')).toEqual([]);
    const shortPapers = report().bold('9. BACKGROUND PAPERS').para('None').build();
    expect(found(shortPapers, 'section-empty')).toEqual([]);
  });
});
