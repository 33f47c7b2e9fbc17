import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { report, type ReportBuilder } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function options(build: (r: ReportBuilder) => ReportBuilder): string[] {
  const snapshot: ReportSnapshot = build(report()).build();
  return checkSnapshot(snapshot, template)
    .findings.filter((f) => f.rule.startsWith('options-'))
    .map((f) => `${f.rule} ${f.section}: ${f.message}`);
}

describe('options-too-few and options-no-do-nothing', () => {
  it('reports two options with no do nothing', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 Option 1: adopt the priorities in the Strategic Assessment.')
        .para('2.2 Option 2: adopt the priorities with changes agreed by the partnership.'),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^options-too-few available-options: Section 2 "Available Options" describes 2 options; the template expects at least 3/,
      ),
      expect.stringMatching(/^options-no-do-nothing available-options: .*no "do nothing" option/),
    ]);
  });

  it('accepts three labelled options, one of them do nothing', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 Option 1: adopt the priorities.', '2.2 Option 2: adopt them with changes.')
        .para('2.3 Option 3: Do nothing. The partnership would have no agreed priorities.'),
    );
    expect(found).toEqual([]);
  });

  it('counts numbered paragraphs when options are not labelled, and "not to adopt" as do nothing', () => {
    const found = options((r) =>
      r
        .bold('2. Available Options')
        .para('2.1 The Committee could recommend the priorities to Council.')
        .para('2.2 The Committee could recommend them with amendments.')
        .para('2.3 The Committee could decide not to adopt the priorities.'),
    );
    expect(found).toEqual([]);
  });

  it('counts lettered items under a lead-in, but not the lead-in', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 The options are:')
        .para('(a) adopt the priorities;', '(b) amend the priorities;'),
    );
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'options-too-few available-options',
      'options-no-do-nothing available-options',
    ]);
  });

  it('counts a do-nothing paragraph without a label alongside labelled options', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 Option 1: adopt the priorities.', '2.2 Option 2: adopt them with changes.')
        .para('2.3 The Committee could also do nothing.'),
    );
    expect(found).toEqual([]);
  });

  it('counts "not to proceed" as the do-nothing option, as councils often word it', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 Option A: agree the priorities.', '2.2 Option B: agree them with changes.')
        .para('2.3 Option C: not to proceed with a Strategic Assessment this year.'),
    );
    expect(found).toEqual([]);
  });

  it('does not expect options when the section says there are no other options', () => {
    const found = options((r) =>
      r.bold('2 AVAILABLE OPTIONS').para('2.1 There are no other options: the assessment is a legal duty.'),
    );
    expect(found).toEqual([]);
  });

  it('does not expect options in a report for noting', () => {
    const found = options((r) =>
      r
        .bold('2 AVAILABLE OPTIONS')
        .para('2.1 This report is for noting, so there are no options to consider.'),
    );
    expect(found).toEqual([]);
  });

  it('says nothing about options when the section is missing (section-missing covers it)', () => {
    expect(options((r) => r.bold('1 INTRODUCTION').para('1.1 Text.'))).toEqual([]);
  });
});
