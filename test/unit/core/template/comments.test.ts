import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { completeReport, report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function withComments() {
  return report()
    .bold('1. INTRODUCTION AND BACKGROUND')
    .para('1.1 The assessment is published each year.')
    .comment('Please add the 2017 figures.', { author: 'Kent Police' })
    .para('1.2 It sets the priorities.')
    .comment('Agreed.', { author: 'Kent Fire and Rescue', resolved: true })
    .comment('Which priorities?', { author: 'Golding Homes' })
    .bold('4. RISK')
    .para('4.1 The risks are low.')
    .comment('Is this right?', { author: 'Kent County Council', replies: ['Yes, see the register.'] })
    .comment('Unanchored note.', { author: 'Kent Police', paragraph: null })
    .build();
}

describe('comments-unresolved', () => {
  it('gives one finding per section with open comments, at the first open comment', () => {
    const result = checkSnapshot(withComments(), template);
    const found = result.findings.filter((f) => f.rule === 'comments-unresolved');
    expect(found.map((f) => [f.section, f.paragraph, f.severity])).toEqual([
      [null, null, 'warning'],
      ['introduction-background', 1, 'warning'],
      ['risk', 4, 'warning'],
    ]);
    expect(found[1]?.message).toBe(
      '2 comments are still open in section 1 "Introduction and Background" (from Kent Police, Golding Homes). Respond to them and mark them resolved before the report goes to committee.',
    );
    expect(result.comments).toEqual({ total: 5, unresolved: 4 });
  });

  it('makes open comments errors in final mode', () => {
    const result = checkSnapshot(withComments(), template, { final: true });
    const found = result.findings.filter((f) => f.rule === 'comments-unresolved');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(result.complete).toBe(false);
  });

  it('does not fire when every comment is resolved', () => {
    const snapshot = completeReport();
    snapshot.comments.push({
      ...withComments().comments[1]!,
      anchorParagraph: 3,
    });
    const result = checkSnapshot(snapshot, template, { final: true });
    expect(result.findings).toEqual([]);
    expect(result.comments).toEqual({ total: 1, unresolved: 0 });
  });
});
