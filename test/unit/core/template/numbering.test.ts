import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

const NUMBERING = ['numbering-duplicate', 'numbering-out-of-order', 'numbering-gap', 'paragraph-unnumbered'];

/** Numbering findings as "rule number excerpt". */
function numbering(snapshot: ReportSnapshot): string[] {
  return checkSnapshot(snapshot, template)
    .findings.filter((f) => NUMBERING.includes(f.rule))
    .map((f) => `${f.rule} ${f.number ?? '-'} ${f.section}: ${f.excerpt}`);
}

describe('paragraph numbering', () => {
  it('accepts N.1, N.2 ... typed with a space, a tab or a trailing full stop', () => {
    const snapshot = report()
      .bold('1. INTRODUCTION AND BACKGROUND')
      .para(
        '1.1 The assessment is published each year.',
        '1.2.\tIt sets priorities.',
        '1.3. It is a statutory duty.',
      )
      .build();
    expect(numbering(snapshot)).toEqual([]);
  });

  it('reports a duplicate, a gap and a paragraph out of order, with its number', () => {
    const snapshot = report()
      .bold('1. INTRODUCTION AND BACKGROUND')
      .para(
        '1.1 First.',
        '1.2 Second.',
        '1.2 Copied.',
        '1.3 Third.',
        '1.5 Fifth.',
        '1.7 Seventh.',
        '1.6 Sixth.',
      )
      .build();
    expect(numbering(snapshot)).toEqual([
      'numbering-duplicate 1.2 introduction-background: 1.2 Copied.',
      'numbering-gap 1.5 introduction-background: 1.5 Fifth.',
      'numbering-out-of-order 1.6 introduction-background: 1.6 Sixth.',
    ]);
    const gap = checkSnapshot(snapshot, template).findings.find((f) => f.rule === 'numbering-gap');
    expect(gap?.message).toContain('jumps from 1.3 to 1.5: 1.4 is missing');
    expect(gap?.severity).toBe('warning');
  });

  it('reports a paragraph numbered for another section', () => {
    const snapshot = report().bold('2 AVAILABLE OPTIONS').para('2.1 Option 1.', '3.2 Option 2.').build();
    expect(numbering(snapshot)).toEqual(['numbering-out-of-order 3.2 available-options: 3.2 Option 2.']);
  });

  it('reports a section that starts at N.2', () => {
    const snapshot = report().bold('4. RISK').para('4.2 The risks are low.').build();
    expect(numbering(snapshot)).toEqual(['numbering-gap 4.2 risk: 4.2 The risks are low.']);
  });

  it('reports an unnumbered paragraph between numbered ones', () => {
    const snapshot = report()
      .bold('1. INTRODUCTION AND BACKGROUND')
      .para('1.1 First.', 'A paragraph someone forgot to number.', '1.2 Second.')
      .build();
    expect(numbering(snapshot)).toEqual([
      'paragraph-unnumbered - introduction-background: A paragraph someone forgot to number.',
    ]);
  });

  it('gives one finding for a section with no numbered paragraphs at all', () => {
    const snapshot = report()
      .bold('4. RISK')
      .para('The risks are low.', 'They are managed.', 'They are reviewed.')
      .build();
    expect(numbering(snapshot)).toEqual(['paragraph-unnumbered - risk: The risks are low.']);
  });

  it('skips sub-lists, sub-levels, sub-headings, captions, tables and empty paragraphs', () => {
    const snapshot = report()
      .heading('1. Introduction and Background')
      .para('1.1 The Committee must also ensure:')
      .para(
        '(a) that the partnership is scrutinised;',
        'b) that reports are made;',
        '(iv) that members are told.',
      )
      .bullet('Organised crime groups')
      .numbered('a)', 'Domestic abuse', { level: 1 })
      .para('Items the partnership agreed for the year')
      .empty()
      .para('1.2 The priorities are:')
      .para('1. Organised crime', '2. Domestic abuse')
      .para('1.2.1 A sub-paragraph.')
      .bold('Priorities for 2018-19')
      .para('Figure 1: Crime by month')
      .table([
        ['Month', 'Crimes'],
        ['April', '1,204'],
      ])
      .para('1.3 The end.')
      .build();
    expect(numbering(snapshot)).toEqual([]);
  });

  it('reads numbers from Word numbering and expects the number shown on the heading', () => {
    const snapshot = report()
      .paragraph('Consultation', { headingLevel: 1, list: { label: '4.' } })
      .numbered('4.1', 'The partnership agreed the priorities.', { level: 1 })
      .numbered('4.2', 'Members were briefed.', { level: 1 })
      .build();
    expect(numbering(snapshot)).toEqual([]);
  });

  it('does not check sections whose paragraphs are not numbered by the template', () => {
    const snapshot = report()
      .bold('8. REPORT APPENDICES')
      .para('The following documents are published:', 'Appendix 1: Strategic Assessment')
      .build();
    expect(numbering(snapshot)).toEqual([]);
  });
});
