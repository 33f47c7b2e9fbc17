import { describesDoNothing } from '../../../../src/core/template/do-nothing';
import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { report } from '../../../support/snapshot-builder';

// Wordings from council committee reports' Available Options sections.
const DO_NOTHING = [
  'Option 3: Make no changes and continue with the current approach.',
  'Option 1: Do nothing. The partnership would have no agreed priorities.',
  '2.3 The Committee could decide not to adopt the Strategic Assessment.',
  'Option C: No change.',
  '2.3 No change to the current arrangements.',
  'Option 2: Continue with the current arrangements.',
  'Option 3 – Maintain the status quo.',
  'Option 3: Retain the existing grant scheme.',
  'Option 2: To take no action.',
  'Option 3: Take no further action at this time.',
  'Option 3: Keep things as they are.',
  'Option 2: Continue as now, with the partnership setting its own priorities each year.',
  'Option 3: Business as usual.',
  'Option 2: Decline the recommendation of the Task and Finish Group.',
  'The Committee may reject the proposals.',
  'Option 3: Not to proceed with a Strategic Assessment this year.',
  'Option B: Do not approve the revised policy; the 2018 policy would remain in force.',
  'Option 3: Leave the scheme of delegation unchanged.',
  'Option 3: Carry on as at present.',
  'Option 2: Continue with the current arrangements, with no new funding.',
  'Option 3: Maintain current service levels.',
];

// Do-something options written with the same words: "continue", "changes", "not", "existing".
const DO_SOMETHING = [
  'Option 1: Continue the pilot with extra funding.',
  'Option 2: Make changes to the grant scheme.',
  'Option 1: Adopt the priorities in the Strategic Assessment.',
  'Option 2: Adopt the priorities with changes agreed by the partnership.',
  'Option 2: Continue the current approach with additional funding from the PCC.',
  'Option 1: Retain the existing team and recruit two more officers.',
  'Option 2: Keep the existing scheme but reduce the grant to £5,000.',
  'Option 1: Extend the current contract for two years. Officers do not recommend this option.',
  'Option 2: Agree the plan. Officers have decided not to recommend option 1.',
  'Option 1: Replace the existing CCTV cameras.',
  'Option 2: Continue to fund the night-time economy wardens from the reserves.',
  'Option 1: Adopt the strategy now so as not to delay the grant application.',
  'Option 2: Change the current opening hours of the hub.',
];

describe('describesDoNothing', () => {
  it.each(DO_NOTHING)('recognises %s', (text) => {
    expect(describesDoNothing(text)).toBe(true);
  });

  it.each(DO_SOMETHING)('does not take %s for do nothing', (text) => {
    expect(describesDoNothing(text)).toBe(false);
  });
});

describe('options-no-do-nothing with council wordings', () => {
  const template = getTemplate('maidstone-2019');
  function rules(options: string[]): string[] {
    const snapshot = report()
      .bold('2 AVAILABLE OPTIONS')
      .para(...options)
      .build();
    return checkSnapshot(snapshot, template)
      .findings.filter((finding) => finding.rule.startsWith('options-'))
      .map((finding) => finding.rule);
  }

  it('accepts "Make no changes and continue with the current approach" as the do-nothing option', () => {
    expect(
      rules([
        '2.1 Option 1: Adopt the priorities in the Strategic Assessment.',
        '2.2 Option 2: Adopt the priorities with changes agreed by the partnership.',
        '2.3 Option 3: Make no changes and continue with the current approach.',
      ]),
    ).toEqual([]);
  });

  it('counts an unlabelled "maintain the status quo" paragraph as the third option', () => {
    expect(
      rules([
        '2.1 Option 1: Continue the pilot with extra funding.',
        '2.2 Option 2: Make changes to the grant scheme.',
        '2.3 Alternatively the Committee could maintain the status quo.',
      ]),
    ).toEqual([]);
  });

  it('still finds no do-nothing option among realistic do-something options', () => {
    expect(
      rules([
        '2.1 Option 1: Continue the pilot with extra funding.',
        '2.2 Option 2: Make changes to the grant scheme.',
        '2.3 Option 3: Continue the current approach with additional funding from the PCC. Officers do not recommend this option.',
      ]),
    ).toEqual(['options-no-do-nothing']);
  });
});
