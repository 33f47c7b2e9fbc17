import { checkSnapshot } from '../../../../src/core/template/check';
import type { RuleId } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { completeReport, report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function found(snapshot: ReportSnapshot, rule: RuleId) {
  return checkSnapshot(snapshot, template).findings.filter((f) => f.rule === rule);
}

const FIELDS: [string, string][] = [
  ['Final Decision-Maker', 'Council'],
  ['Lead Head of Service/Lead Director', 'John Littlemore, Head of Housing and Community Services'],
  ['Lead Officer and Report Author', 'Nicolas Rathbone, Community Protection Officer'],
  ['Classification', 'Public'],
  ['Wards affected', 'All'],
];

describe('header-field-missing and header-field-empty', () => {
  it('reports a field that is absent and one with no value', () => {
    const snapshot = completeReport(2019, {
      fields: (r) => r.fields([...FIELDS.slice(0, 3), ['Wards affected', '']]),
    });
    expect(found(snapshot, 'header-field-missing')).toEqual([
      expect.objectContaining({
        section: null,
        paragraph: null,
        message: expect.stringContaining('The header field "Classification" is missing.'),
      }),
    ]);
    expect(found(snapshot, 'header-field-empty')).toEqual([
      expect.objectContaining({
        excerpt: 'Wards affected',
        message: 'The header field "Wards affected" has no value. Fill it in.',
      }),
    ]);
  });

  it('reads "Label: value" paragraphs and a label with its value on the next line', () => {
    const snapshot = completeReport(2019, {
      fields: (r) =>
        r
          .para('Final Decision-Maker: Council', 'Lead Head of Service/Lead Director:\tJohn Littlemore')
          .para('Lead Officer and Report Author: Nicolas Rathbone')
          .bold('Classification')
          .para('Public')
          .para('Wards affected: All'),
    });
    expect(found(snapshot, 'header-field-missing')).toEqual([]);
    expect(found(snapshot, 'header-field-empty')).toEqual([]);
  });

  it('reports a label paragraph followed straight away by the next label as empty', () => {
    const beforeTitle = completeReport(2019, {
      fields: (r) => r.fields(FIELDS.slice(0, 4)).bold('Wards affected'),
    });
    expect(found(beforeTitle, 'header-field-empty').map((f) => f.excerpt)).toEqual(['Wards affected']);
    const emptyWards = completeReport(2019, {
      fields: (r) => r.fields(FIELDS.slice(0, 4)).bold('Wards affected').para('Classification: Public'),
    });
    expect(found(emptyWards, 'header-field-empty').map((f) => f.excerpt)).toEqual(['Wards affected']);
  });

  it('reports a missing or empty Executive Summary', () => {
    const missing = completeReport(2019, { 'executive-summary': (r) => r });
    expect(found(missing, 'header-field-missing').map((f) => f.message)).toEqual([
      expect.stringContaining('The "Executive Summary" is missing.'),
    ]);
    const empty = completeReport(2019, { 'executive-summary': (r) => r.bold('Executive Summary').empty() });
    expect(found(empty, 'header-field-empty').map((f) => f.excerpt)).toEqual(['Executive Summary']);
  });
});

describe('header field labels as other councils word them', () => {
  it('reads "Contact Officer" as the lead officer and "Ward(s)" as the wards affected', () => {
    const snapshot = completeReport(2019, {
      fields: (r) =>
        r.fields([
          ['Final Decision-Maker', 'Council'],
          ['Lead Head of Service', 'Head of Housing and Community Services'],
          ['Contact Officer', 'Jo Smith, Community Safety Manager'],
          ['Classification', 'Public'],
          ['Ward(s)', 'All'],
        ]),
    });
    expect(found(snapshot, 'header-field-missing')).toEqual([]);
  });
  it('reads a "Purpose and Summary" heading as the Executive Summary, and still reports one left empty', () => {
    const summary = completeReport(2019, {
      'executive-summary': (r) =>
        r.bold('Purpose and Summary').para('The report updates the Committee on crime in the borough.'),
    });
    expect(found(summary, 'header-field-missing')).toEqual([]);
    expect(found(summary, 'header-field-empty')).toEqual([]);
    const empty = completeReport(2019, { 'executive-summary': (r) => r.bold('Purpose and Summary').empty() });
    expect(found(empty, 'header-field-empty').map((f) => f.excerpt)).toEqual(['Purpose and Summary']);
  });
});

describe('header fields two to a row', () => {
  it('reads each label | value pair of a four-column row, and a value beginning like a label stays a value', () => {
    const snapshot = completeReport(2019, {
      fields: (r) =>
        r.table(
          [
            ['Final Decision-Maker', 'Council', 'Lead Head of Service', 'Head of Service for Housing'],
            ['Lead Officer and Report Author', 'Jo Smith', 'Classification', ''],
            ['Wards affected', 'All', '', ''],
          ],
          { header: false },
        ),
    });
    expect(found(snapshot, 'header-field-missing')).toEqual([]);
    // The empty Classification cell is reported, not filled from the next row or cell.
    expect(found(snapshot, 'header-field-empty').map((f) => f.excerpt)).toEqual(['Classification']);
  });
});

describe('recommendations-missing', () => {
  it('reports a report with no recommendations lead', () => {
    const snapshot = completeReport(2019, { recommendations: (r) => r });
    expect(found(snapshot, 'recommendations-missing')).toEqual([
      expect.objectContaining({ paragraph: null, severity: 'error' }),
    ]);
  });

  it('reads a lone unnumbered recommendation worded as a motion as the recommendation', () => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r
          .para('This report makes the following recommendations to this Committee:')
          .para('That the Committee notes the report.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([]);
  });

  it.each([
    'Recommendation(s)',
    'Recommendations to the Committee',
    'The Committee is recommended to:',
    'Recommended that the Committee:',
    'That the Committee:',
  ])("reads the lead written in the council's own words: %s", (lead) => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r.para(lead).numbered('1.', 'Agree the priorities.').numbered('2.', 'Note the data.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([]);
  });

  it('does not take a long sentence mentioning recommendations for the lead', () => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r
          .para(
            'The partnership board has considered the recommendations of the review and summarises them below:',
          )
          .numbered('1.', 'Agree the priorities.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([
      expect.objectContaining({ paragraph: null }),
    ]);
  });

  it('reports a lead followed by several recommendations, none numbered', () => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r
          .para('This report makes the following recommendations to this Committee:')
          .para('That the Committee notes the report.')
          .para('That the priorities be agreed.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([
      expect.objectContaining({
        excerpt: 'This report makes the following recommendations to this Committee:',
      }),
    ]);
  });

  it.each([
    ['1.\tThat the Committee notes the report.'],
    ['1\tThat the Committee notes the report.'],
    ['1 That the Committee notes the report.'],
    ['(1) That the Committee notes the report.'],
  ])('accepts a recommendation numbered as Word shows it: %j', (item) => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r.para('This report makes the following recommendations to this Committee:').para(item),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([]);
  });

  it('accepts Word list numbering shown as "1" as well as "1."', () => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r
          .para('This report makes the following recommendations to this Committee:')
          .numbered('1', 'That the Committee notes the report.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([]);
  });

  it('accepts typed numbers and the older "final decision-maker" wording', () => {
    const snapshot = completeReport(2019, {
      recommendations: (r) =>
        r
          .para('This report makes the following recommendations to the final decision-maker:')
          .para('1.\tThat the Committee recommends the priorities to Council.'),
    });
    expect(found(snapshot, 'recommendations-missing')).toEqual([]);
  });
});

describe('timetable-incomplete', () => {
  it('reports a meeting with no date', () => {
    const snapshot = completeReport(2019, {
      timetable: (r) =>
        r.bold('Timetable').table([
          ['Meeting', 'Date'],
          ['Safer Maidstone Partnership', '23 January 2018'],
          ['Council', ''],
          ['Communities, Housing and Environment Committee', 'To be confirmed'],
        ]),
    });
    expect(found(snapshot, 'timetable-incomplete').map((f) => [f.severity, f.excerpt])).toEqual([
      ['warning', 'Council'],
      ['warning', 'Communities, Housing and Environment Committee'],
    ]);
  });

  it('reads a timetable written as lines under its title, and reports the line with no date', () => {
    const snapshot = completeReport(2019, {
      timetable: (r) =>
        r
          .bold('Timetable')
          .para('The report will be considered as follows:')
          .para('Communities, Housing and Environment Committee – 10 March 2026')
          .para('Council'),
    });
    expect(found(snapshot, 'timetable-incomplete').map((f) => f.excerpt)).toEqual(['Council']);
    const timetable = checkSnapshot(snapshot, template).sections.find((s) => s.id === 'timetable');
    expect(timetable).toEqual(expect.objectContaining({ status: 'incomplete', heading: 'Timetable' }));
  });

  it('reports "TBC" in a timetable line once, as placeholder text in the timetable', () => {
    const snapshot = completeReport(2019, {
      timetable: (r) =>
        r.bold('Timetable').para('Committee: 10 March 2026').para('Council: TBC').bold('Purpose of Report'),
    });
    const findings = checkSnapshot(snapshot, template).findings.filter((f) => f.section === 'timetable');
    expect(findings.map((f) => f.rule)).toEqual(['placeholder-text']);
  });

  it('reports a "TBC" date in a timetable table once, as placeholder text', () => {
    const snapshot = completeReport(2019, {
      timetable: (r) =>
        r.bold('Timetable').table([
          ['Meeting', 'Date'],
          ['Council', 'TBC'],
        ]),
    });
    expect(found(snapshot, 'timetable-incomplete')).toEqual([]);
    expect(found(snapshot, 'placeholder-text').map((f) => f.section)).toEqual(['timetable']);
  });

  it('reports a report with no timetable', () => {
    const snapshot = completeReport(2019, { timetable: (r) => r });
    expect(found(snapshot, 'timetable-incomplete')).toEqual([expect.objectContaining({ paragraph: null })]);
  });

  it('accepts dates written as "February 13th 2018" and blank spacer rows', () => {
    const snapshot = report()
      .table([
        ['Meeting', 'Date'],
        ['Council', 'February 13th 2018'],
        ['', ''],
      ])
      .build();
    expect(found(snapshot, 'timetable-incomplete')).toEqual([]);
  });
});
