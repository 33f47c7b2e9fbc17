import { findSectionHeadings, nameMatch } from '../../../../src/core/template/sections';
import { getTemplate } from '../../../../src/core/template/templates';
import { normaliseText, splitHeadingNumber, typedParagraphNumber } from '../../../../src/core/template/text';
import { report, type ReportBuilder } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function headingsOf(builder: ReportBuilder): string[] {
  return findSectionHeadings(builder.build(), template).map((h) => `${h.section.id}@${h.paragraph}`);
}

describe('normalising heading text', () => {
  it('treats case, "&", punctuation, colons and non-breaking spaces alike', () => {
    expect(normaliseText('Cross-Cutting Issues & Implications:')).toBe(
      'cross cutting issues and implications',
    );
    expect(normaliseText('NEXT\u00a0STEPS:  Communication and Implementation of the Decision')).toBe(
      'next steps communication and implementation of the decision',
    );
    expect(normaliseText('Council’s')).toBe('councils');
  });

  it('takes a section number off a heading but not a paragraph number', () => {
    expect(splitHeadingNumber('2 AVAILABLE OPTIONS')).toEqual({ number: 2, rest: 'AVAILABLE OPTIONS' });
    expect(splitHeadingNumber('3) Preferred option')).toEqual({ number: 3, rest: 'Preferred option' });
    expect(splitHeadingNumber('1.\tIntroduction')).toEqual({ number: 1, rest: 'Introduction' });
    expect(splitHeadingNumber('1.4 Our priorities').number).toBeNull();
    expect(typedParagraphNumber('1.4. Our priorities')?.text).toBe('1.4');
    expect(typedParagraphNumber('1.4\tOur priorities')?.parts).toEqual([1, 4]);
    expect(typedParagraphNumber('2018 was a year')).toBeNull();
  });
});

describe('finding section headings', () => {
  it('finds Heading-styled headings with typed numbers', () => {
    const b = report()
      .heading('1. Introduction and Background')
      .para('1.1 Text.')
      .heading('2. Available Options');
    expect(headingsOf(b)).toEqual(['introduction-background@0', 'available-options@2']);
  });

  it('finds bold Normal headings in capitals with a bare number', () => {
    const b = report().bold('1 INTRODUCTION AND BACKGROUND').para('1.1 Text.').bold('2 AVAILABLE OPTIONS');
    expect(headingsOf(b)).toEqual(['introduction-background@0', 'available-options@2']);
  });

  it('finds headings numbered by Word, "&" for "and", colons and stray punctuation', () => {
    const b = report()
      .paragraph('Cross-Cutting Issues & Implications', { headingLevel: 1, list: { label: '7.' } })
      .bold('Next Steps – Communication and Implementation of the Decision:')
      .bold('Preferred option and reasons for recommendations');
    expect(headingsOf(b)).toEqual(['cross-cutting@0', 'next-steps@1', 'preferred-option@2']);
  });

  it('finds headings written with an alias or the start of one', () => {
    const b = report()
      .bold('1. Introduction')
      .bold('5. Consultation Results and Previous Committee/Full Council Feedback')
      .bold('8 Appendices')
      .bold('9. Background papers');
    expect(headingsOf(b)).toEqual([
      'introduction-background@0',
      'consultation@1',
      'appendices@2',
      'background-papers@3',
    ]);
  });

  it('does not take body sentences, plain paragraphs or table cells for headings', () => {
    const b = report()
      .para('Risk')
      .bold('Risk is managed in line with the Council’s risk management framework.')
      .table([
        ['Issue', 'Implications', 'Sign-off'],
        ['Risk Management', 'Covered in section 4', 'Head of Service'],
      ]);
    expect(headingsOf(b)).toEqual([]);
  });

  it('trusts a one-word alias only with a number, a heading style or capitals', () => {
    expect(headingsOf(report().bold('Background'))).toEqual([]);
    expect(headingsOf(report().bold('BACKGROUND'))).toEqual(['introduction-background@0']);
    expect(headingsOf(report().heading('Background'))).toEqual(['introduction-background@0']);
  });

  it('prefers the numbered heading over a later sub-heading with the same words', () => {
    const b = report()
      .bold('1. Introduction and background to the assessment')
      .para('1.1 Text.')
      .bold('Background');
    expect(headingsOf(b)).toEqual(['introduction-background@0']);
  });

  it('does not confuse Background Papers with Background', () => {
    const b = report().bold('9. BACKGROUND PAPERS');
    expect(headingsOf(b)).toEqual(['background-papers@0']);
  });
});

describe('a section written on one line, "Title: content"', () => {
  it('finds "Background Papers: None." in plain text and keeps "None." as its content', () => {
    const b = report()
      .bold('8. REPORT APPENDICES')
      .para('Appendix 1: Strategic Assessment')
      .para('Background Papers: None.');
    const found = findSectionHeadings(b.build(), template);
    expect(found.map((h) => `${h.section.id}@${h.paragraph} ${h.inline}`)).toEqual([
      'appendices@0 ',
      'background-papers@2 None.',
    ]);
  });

  it('does not take a body line "Risk: ..." for the heading when the report has one', () => {
    const b = report().bold('4. RISK').para('Risk: the risk of not agreeing the priorities is low.');
    expect(headingsOf(b)).toEqual(['risk@0']);
  });

  it('does not take a long paragraph that starts with a title and a colon for a heading', () => {
    const b = report().para(
      'Consultation: partners were consulted on the draft assessment in January and their comments were taken into account before the report was written.',
    );
    expect(headingsOf(b)).toEqual([]);
  });
});

describe('headings numbered "1.0"', () => {
  it('reads "1.0 INTRODUCTION" and "4.0\tRisk" as sections 1 and 4, and "1.05" as no heading number', () => {
    const b = report()
      .bold('1.0 INTRODUCTION AND BACKGROUND')
      .para('1.1 Text.')
      .bold('4.0\tRisk')
      .para('4.1 Text.');
    const found = findSectionHeadings(b.build(), template);
    expect(found.map((h) => `${h.section.id} ${h.shownNumber}`)).toEqual([
      'introduction-background 1',
      'risk 4',
    ]);
    expect(splitHeadingNumber('1.05 Risk').number).toBeNull();
    expect(splitHeadingNumber('1.0\tRisk')).toEqual({ number: 1, rest: 'Risk' });
  });
});

describe('a paragraph opening with a figure', () => {
  it('reads "2.5 million calls" and "1.5 per cent" as figures, "1.2 The" and "1.2<tab>" as paragraph numbers', () => {
    expect(typedParagraphNumber('2.5 million calls were made to the police.')).toBeNull();
    expect(typedParagraphNumber('1.5 per cent more offences were recorded.')).toBeNull();
    expect(typedParagraphNumber('1.2 The partnership met.')?.text).toBe('1.2');
    expect(typedParagraphNumber('1.2\tmillion calls were made.')?.text).toBe('1.2');
  });
});

describe('nameMatch', () => {
  it('is 2 for the name itself, 1 for the name then more words within the slack, else 0', () => {
    expect(nameMatch('risk', 'risk')).toBe(2);
    expect(nameMatch('risk management', 'risk')).toBe(1);
    expect(nameMatch('risky options', 'risk')).toBe(0);
    expect(nameMatch('risk', 'risk management')).toBe(0);
    expect(nameMatch('risk ', 'risk')).toBe(1);
    expect(nameMatch('risk and more', 'risk', 9)).toBe(1);
    expect(nameMatch('risk and more', 'risk', 8)).toBe(0);
    expect(nameMatch('anything', '')).toBe(0);
    expect(nameMatch('', '')).toBe(0);
  });
});
