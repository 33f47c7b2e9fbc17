import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate, parseTemplateSpec } from '../../../../src/core/template/templates';
import type { TemplateSpec } from '../../../../src/core/template/spec';
import { completeReport } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

describe('checkSnapshot', () => {
  it('finds nothing wrong in a complete report and marks every section complete', () => {
    const result = checkSnapshot(completeReport(2019), template);
    expect(result.findings).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.template).toBe('maidstone-2019');
    expect(result.sections.map((s) => s.status)).toEqual(Array(12).fill('complete'));
    expect(result.sections.slice(0, 3).map((s) => [s.id, s.heading, s.number])).toEqual([
      ['executive-summary', 'Executive Summary', null],
      ['recommendations', 'This report makes the following recommendations to this Committee:', null],
      ['timetable', 'Timetable', null],
    ]);
    expect(result.sections[6]).toEqual({
      id: 'risk',
      title: 'Risk',
      status: 'complete',
      heading: '4. RISK',
      paragraph: expect.any(Number),
      number: 4,
    });
  });

  it('checks a 2018 report against the 2018 edition without asking for Public Health', () => {
    expect(checkSnapshot(completeReport(2018), getTemplate('maidstone-2018')).findings).toEqual([]);
    expect(checkSnapshot(completeReport(2018), template).findings.map((f) => f.row)).toEqual([
      'Public Health',
    ]);
  });

  it('puts findings in report order, a missing section where it belongs', () => {
    const snapshot = completeReport(2019, {
      risk: (r) => r,
      'next-steps': (r) => r.bold('6. NEXT STEPS').para('The priorities go to Council.'),
      'background-papers': (r) => r.bold('9. BACKGROUND PAPERS').para('[Insert list]'),
    });
    const result = checkSnapshot(snapshot, template);
    expect(result.findings.map((f) => `${f.rule} ${f.section}`)).toEqual([
      'section-missing risk',
      'paragraph-unnumbered next-steps',
      'placeholder-text background-papers',
    ]);
    const missing = result.findings[0]!;
    const consultation = result.sections.find((s) => s.id === 'consultation')!;
    expect(missing.paragraph).toBeNull();
    expect(result.findings[1]!.paragraph!).toBeGreaterThan(consultation.paragraph!);
  });

  it('marks a section incomplete for an error in it, but not for a warning', () => {
    const snapshot = completeReport(2019, {
      'next-steps': (r) => r.bold('6. NEXT STEPS').para('The priorities go to Council.'),
      'cross-cutting': (r) => r.bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS').para('To follow.'),
    });
    const result = checkSnapshot(snapshot, template);
    const status = Object.fromEntries(result.sections.map((s) => [s.id, s.status]));
    expect(status['next-steps']).toBe('complete');
    expect(status['cross-cutting']).toBe('incomplete');
    expect(result.complete).toBe(false);
  });

  it('is complete with warnings only', () => {
    const snapshot = completeReport(2019, {
      'next-steps': (r) => r.bold('6. NEXT STEPS').para('The priorities go to Council.'),
    });
    const result = checkSnapshot(snapshot, template);
    expect(result.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(result.complete).toBe(true);
  });

  it('takes severities from the template and does not run rules it leaves out', () => {
    const custom: TemplateSpec = parseTemplateSpec(
      {
        ...JSON.parse(JSON.stringify(template)),
        rules: { 'section-missing': 'info', 'placeholder-text': 'warning' },
      },
      'custom.json',
    );
    const snapshot = completeReport(2019, {
      risk: (r) => r,
      'next-steps': (r) =>
        r.bold('6. NEXT STEPS').para('6.1 The priorities go to Council on [Insert date].', 'Unnumbered.'),
    });
    const result = checkSnapshot(snapshot, custom);
    expect(result.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual([
      'section-missing info',
      'placeholder-text warning',
    ]);
    expect(result.complete).toBe(false);
  });

  it('cuts long excerpts to 80 characters with an ellipsis', () => {
    const long = `${'The partnership looked at crime across the borough. '.repeat(3)}`;
    const snapshot = completeReport(2019, {
      'introduction-background': (r) => r.bold('1. INTRODUCTION').para('1.1 The assessment.', long),
    });
    const finding = checkSnapshot(snapshot, template).findings[0]!;
    expect(finding.rule).toBe('paragraph-unnumbered');
    expect(finding.excerpt!.length).toBeLessThanOrEqual(80);
    expect(finding.excerpt!.endsWith('…')).toBe(true);
  });
});
