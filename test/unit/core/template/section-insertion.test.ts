import { ReportError } from '../../../../src/core/errors';
import { checkSnapshot } from '../../../../src/core/template/check';
import { planSectionInsertion } from '../../../../src/core/template/section-insertion';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import type { SectionInsertion } from '../../../../src/core/template/section-insertion';
import { report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');
const guidance = (id: string) => template.sections.find((s) => s.id === id)!.guidance;

/** What the host would do with the plan, on the snapshot: for checking that the check then finds the section. */
function apply(snapshot: ReportSnapshot, plan: SectionInsertion): ReportSnapshot {
  const at = plan.location === 'Before' ? plan.anchor.paragraph : plan.anchor.paragraph + 1;
  const written = plan.paragraphs.map((p) => ({
    index: 0,
    text: p.text,
    styleId: p.styleBuiltIn,
    styleName: p.styleBuiltIn,
    headingLevel: /^Heading(\d)$/.exec(p.styleBuiltIn) ? Number(p.styleBuiltIn.slice(-1)) : null,
    boldOnly: p.bold === true,
    list: null,
    cell: null,
  }));
  const paragraphs = [...snapshot.paragraphs.slice(0, at), ...written, ...snapshot.paragraphs.slice(at)];
  return { ...snapshot, paragraphs: paragraphs.map((p, index) => ({ ...p, index })) };
}

describe('planning a missing section', () => {
  it('goes before the heading after the previous section, in Heading 1 like its neighbours', () => {
    const snapshot = report()
      .heading('1. Introduction and Background')
      .para('1.1 Text.')
      .heading('2. Available Options')
      .para('2.1 Options.')
      .heading('3. Preferred Option and Reasons for Recommendations')
      .para('3.1 Reasons.', '3.2 More reasons.')
      .heading('5. Consultation Results and Previous Committee Feedback')
      .para('5.1 Consulted.')
      .build();
    const plan = planSectionInsertion(snapshot, template, 'risk');
    expect(plan).toEqual({
      sectionId: 'risk',
      anchor: { paragraph: 7, text: '5. Consultation Results and Previous Committee Feedback' },
      location: 'Before',
      paragraphs: [
        { text: '4. Risk', styleBuiltIn: 'Heading1', bold: null },
        // Numbered the way the report types its paragraph numbers.
        { text: `4.1 ${guidance('risk')}`, styleBuiltIn: 'Normal', bold: false },
      ],
    });
    const result = checkSnapshot(apply(snapshot, plan), template);
    expect(result.sections.find((s) => s.id === 'risk')).toMatchObject({ heading: '4. Risk', paragraph: 7 });
    expect(result.findings.filter((f) => f.section === 'risk').map((f) => f.rule)).toEqual([
      'placeholder-text',
    ]);
    expect(result.findings.filter((f) => f.rule === 'section-order')).toEqual([]);
  });

  it('copies bold capitals and the typed number with its tab', () => {
    const snapshot = report()
      .bold('1.\tINTRODUCTION AND BACKGROUND')
      .para('1.1\tText.')
      .bold('3.\tPREFERRED OPTION AND REASONS FOR RECOMMENDATIONS')
      .build();
    const plan = planSectionInsertion(snapshot, template, 'available-options');
    expect(plan.anchor).toEqual({
      paragraph: 2,
      text: '3.\tPREFERRED OPTION AND REASONS FOR RECOMMENDATIONS',
    });
    expect(plan.paragraphs[0]).toEqual({ text: '2.\tAVAILABLE OPTIONS', styleBuiltIn: 'Normal', bold: true });
  });

  it('copies headings numbered "1.0", as many councils number them above paragraphs 1.1, 1.2', () => {
    const snapshot = report()
      .bold('1.0\tINTRODUCTION AND BACKGROUND')
      .para('1.1\tText.')
      .bold('3.0\tPREFERRED OPTION AND REASONS FOR RECOMMENDATIONS')
      .build();
    const plan = planSectionInsertion(snapshot, template, 'available-options');
    expect(plan.paragraphs[0]).toEqual({
      text: '2.0\tAVAILABLE OPTIONS',
      styleBuiltIn: 'Normal',
      bold: true,
    });
  });

  it('goes after the last paragraph when the section before it is the last in the report', () => {
    const snapshot = report().heading('8. Report Appendices').para('None.').build();
    const plan = planSectionInsertion(snapshot, template, 'background-papers');
    expect(plan.anchor).toEqual({ paragraph: 1, text: 'None.' });
    expect(plan.location).toBe('After');
    expect(plan.paragraphs[0]!.text).toBe('9. Background Papers');
  });

  it('goes before the first section heading when no earlier section is there', () => {
    const snapshot = report()
      .para('Executive Summary', 'The summary.')
      .heading('2. Available Options')
      .build();
    const plan = planSectionInsertion(snapshot, template, 'introduction-background');
    expect(plan.anchor).toEqual({ paragraph: 2, text: '2. Available Options' });
    expect(plan.location).toBe('Before');
  });

  it('writes the title alone when Word numbers the headings, so the number is not shown twice', () => {
    const snapshot = report()
      .heading('Introduction and Background', 1, { list: { label: '1.' } })
      .para('Text.')
      .build();
    expect(
      planSectionInsertion(snapshot, template, 'available-options').paragraphs.map((p) => p.text),
    ).toEqual(['Available Options', guidance('available-options')]);
  });

  it('uses the template’s own look, at the end, in a report with no section headings', () => {
    const snapshot = report().para('Some text.').build();
    const plan = planSectionInsertion(snapshot, template, 'risk');
    expect(plan).toMatchObject({ anchor: { paragraph: 0 }, location: 'After' });
    expect(plan.paragraphs[0]).toEqual({ text: '4. Risk', styleBuiltIn: 'Heading1', bold: null });
  });

  it('refuses a section the report has or the template lacks', () => {
    const snapshot = report().heading('4. Risk').para('4.1 Risks.').build();
    expect(() => planSectionInsertion(snapshot, template, 'risk')).toThrow(ReportError);
    expect(() => planSectionInsertion(snapshot, template, 'no-such-section')).toThrow(/has no section/);
  });
});
