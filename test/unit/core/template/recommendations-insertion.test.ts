import { ReportError } from '../../../../src/core/errors';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { checkSnapshot } from '../../../../src/core/template/check';
import {
  FIRST_RECOMMENDATION_NUMBER,
  RECOMMENDATION_PLACEHOLDER,
  planRecommendationsInsertion,
  type RecommendationsInsertion,
} from '../../../../src/core/template/recommendations-insertion';
import { planSectionInsertion } from '../../../../src/core/template/section-insertion';
import { getTemplate } from '../../../../src/core/template/templates';
import { completeReport, report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');
const LEAD = 'This report makes the following recommendations to this Committee:';
const ITEM = `${FIRST_RECOMMENDATION_NUMBER}${RECOMMENDATION_PLACEHOLDER}`;
const WRITTEN = [
  { text: LEAD, styleBuiltIn: 'Normal', bold: false },
  { text: ITEM, styleBuiltIn: 'Normal', bold: false },
];

/** What a host does with the plan, on the snapshot; table paragraph indexes move with the insert. */
function apply(snapshot: ReportSnapshot, plan: RecommendationsInsertion): ReportSnapshot {
  const at = plan.location === 'Before' ? plan.anchor.paragraph : plan.anchor.paragraph + 1;
  const n = plan.paragraphs.length;
  const written = plan.paragraphs.map((p) => ({
    index: 0,
    text: p.text,
    styleId: null,
    styleName: null,
    headingLevel: null,
    boldOnly: p.bold === true,
    list: null,
    cell: null,
  }));
  const paragraphs = [...snapshot.paragraphs.slice(0, at), ...written, ...snapshot.paragraphs.slice(at)];
  const shift = (i: number) => (i >= at ? i + n : i);
  const tables = snapshot.tables.map((t) => ({
    ...t,
    firstParagraph: shift(t.firstParagraph),
    lastParagraph: shift(t.lastParagraph),
    rows: t.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map(shift) })),
    })),
  }));
  return { ...snapshot, tables, paragraphs: paragraphs.map((p, index) => ({ ...p, index })) };
}

const rules = (snapshot: ReportSnapshot) =>
  checkSnapshot(snapshot, template).findings.map((f) => `${f.rule} ${f.section}`);

/** The check before and after the plan is applied: what went, what came, the part's status. */
function transition(snapshot: ReportSnapshot) {
  const plan = planRecommendationsInsertion(snapshot, template);
  const after = apply(snapshot, plan);
  const status = (s: ReportSnapshot) =>
    checkSnapshot(s, template).sections.find((section) => section.id === 'recommendations')?.status;
  const before = rules(snapshot);
  const now = rules(after);
  return {
    plan,
    statusBefore: status(snapshot),
    statusAfter: status(after),
    gone: before.filter((r) => !now.includes(r)),
    added: now.filter((r) => !before.includes(r)),
  };
}

const withoutRecommendations = (r: ReturnType<typeof report>) => r.bold('Purpose of Report').para('Decision');

describe('planning the missing recommendations', () => {
  it('go before the timetable, after the summary and the purpose of the report', () => {
    const snapshot = completeReport(2019, { recommendations: withoutRecommendations });
    const result = transition(snapshot);
    expect(result.plan).toEqual({
      anchor: { paragraph: snapshot.paragraphs.findIndex((p) => p.text === 'Timetable'), text: 'Timetable' },
      location: 'Before',
      paragraphs: WRITTEN,
    });
    // From an error to the placeholder still to be replaced: never straight to complete.
    expect(result).toMatchObject({
      statusBefore: 'missing',
      statusAfter: 'incomplete',
      gone: ['recommendations-missing recommendations'],
      added: ['placeholder-text recommendations'],
    });
  });

  it('go after the summary when there is no timetable', () => {
    const snapshot = completeReport(2019, { recommendations: (r) => r, timetable: (r) => r });
    const result = transition(snapshot);
    const summaryText = 'The report updates the Committee on crime in the borough over the past year.';
    expect(result.plan.anchor).toEqual({
      paragraph: snapshot.paragraphs.findIndex((p) => p.text === summaryText),
      text: summaryText,
    });
    expect(result.plan.location).toBe('After');
    expect(result).toMatchObject({
      statusAfter: 'incomplete',
      gone: ['recommendations-missing recommendations'],
      added: ['placeholder-text recommendations'],
    });
  });

  it('go after the whole header-field table when there is neither summary nor timetable', () => {
    const snapshot = completeReport(2019, {
      'executive-summary': (r) => r,
      recommendations: (r) => r,
      timetable: (r) => r,
    });
    const result = transition(snapshot);
    // The first section heading follows the fields' table: before it, not in the table's last cell.
    expect(result.plan.anchor.text).toBe('1. INTRODUCTION AND BACKGROUND');
    expect(result.plan.location).toBe('Before');
    expect(snapshot.paragraphs[result.plan.anchor.paragraph]?.cell).toBeNull();
    expect(result).toMatchObject({
      gone: ['recommendations-missing recommendations'],
      added: ['placeholder-text recommendations'],
    });
  });

  it('go before a timetable table whose title is a row inside it, after the paragraph above the table', () => {
    const snapshot = completeReport(2019, {
      recommendations: withoutRecommendations,
      timetable: (r) =>
        r.table([
          ['Timetable', ''],
          ['Meeting', 'Date'],
          ['Communities, Housing and Environment Committee', '13 February 2018'],
        ]),
    });
    const result = transition(snapshot);
    expect(result.plan.anchor.text).toBe('Decision');
    expect(result.plan.location).toBe('After');
    expect(result.gone).toEqual(['recommendations-missing recommendations']);
    expect(result.added).toEqual(['placeholder-text recommendations']);
  });

  it('go before section 1 in a report with no front matter, and the typed "1." raises no numbering finding', () => {
    const snapshot = report()
      .bold('1. INTRODUCTION AND BACKGROUND')
      .para('1.1 The Strategic Assessment is published each year.')
      .build();
    const result = transition(snapshot);
    expect(result.plan).toMatchObject({
      anchor: { paragraph: 0, text: '1. INTRODUCTION AND BACKGROUND' },
      location: 'Before',
    });
    expect(result.gone).toEqual(['recommendations-missing recommendations']);
    expect(result.added).toEqual(['placeholder-text recommendations']);
    expect(rules(apply(snapshot, result.plan)).filter((r) => /numbering|unnumbered/.test(r))).toEqual([]);
  });

  it('is the plan "Insert missing section" makes for the recommendations', () => {
    const snapshot = completeReport(2019, { recommendations: withoutRecommendations });
    expect(planSectionInsertion(snapshot, template, 'recommendations')).toEqual({
      sectionId: 'recommendations',
      ...planRecommendationsInsertion(snapshot, template),
    });
  });

  it('is refused when the report has the lead, numbered or not', () => {
    expect(() => planRecommendationsInsertion(completeReport(2019), template)).toThrow(
      /already has recommendations/,
    );
    const unnumbered = completeReport(2019, {
      recommendations: (r) => r.para(LEAD).para('The Committee notes the assessment.'),
    });
    // The lead is there but its list is not: the officer numbers it, nothing is added.
    expect(checkSnapshot(unnumbered, template).sections.find((s) => s.id === 'recommendations')?.status).toBe(
      'incomplete',
    );
    const error = (() => {
      try {
        planRecommendationsInsertion(unnumbered, template);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe('section-present');
  });
});
