import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { report, type ReportBuilder } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function placeholders(build: (r: ReportBuilder) => ReportBuilder) {
  return checkSnapshot(build(report()).build(), template).findings.filter(
    (f) => f.rule === 'placeholder-text',
  );
}

describe('placeholder-text', () => {
  it.each([
    ['[Insert date]', 'The partnership met on [Insert date] to agree the priorities.'],
    ['XXX', 'Crime rose by XXX% in the year.'],
    ['TBC', 'The priorities will be reviewed in TBC.'],
    ['TBA', 'Venue: TBA'],
    ['{{meeting}}', 'The report goes to {{meeting}}.'],
    ['Lorem ipsum', 'Lorem ipsum dolor sit amet.'],
  ])('reports %s', (placeholder, text) => {
    const found = placeholders((r) => r.bold('1. INTRODUCTION').para(`1.1 ${text}`));
    expect(found).toEqual([
      expect.objectContaining({
        section: 'introduction-background',
        paragraph: 1,
        severity: 'error',
        message: expect.stringContaining(`"${placeholder}"`),
      }),
    ]);
  });

  it('reports the template guidance left in, and Word’s own prompt, in a table cell too', () => {
    const found = placeholders((r) =>
      r
        .bold('4. RISK')
        .para(
          "Describe the risks of the preferred option and of the alternatives, and how they will be managed in line with the Council's risk management framework.",
        )
        .table([
          ['Meeting', 'Date'],
          ['Council', 'Click or tap to enter a date.'],
        ]),
    );
    expect(found.map((f) => [f.section, f.paragraph])).toEqual([
      ['risk', 1],
      ['risk', 5],
    ]);
    expect(found[0]?.message).toContain('The template’s guidance'.replace('’', "'"));
  });

  it('names the guidance sentence the template gives first when a paragraph holds two', () => {
    // The paragraph has the Risk guidance before section 1's; the template lists section 1's first.
    const found = placeholders((r) =>
      r.para(
        "Describe the risks of the preferred option and of the alternatives, and how they will be managed in line with the Council's risk management framework. " +
          'Explain why this report is coming to the Committee and give the background the Committee needs to make its decision.',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('"Explain why this report is coming');
  });

  it('finds guidance a council wrote with brackets, quotes and question marks in its own template', () => {
    const own = {
      ...template,
      placeholders: {
        ...template.placeholders,
        guidance: ['What (in £) will it cost? Say "none" if [nothing].'],
      },
    };
    const found = checkSnapshot(
      report()
        .para('1.1 What (in £) will it cost? Say "none" if [nothing].')
        .para('1.2 What in £ will it cost')
        .build(),
      own,
    ).findings.filter((f) => f.rule === 'placeholder-text');
    expect(found.map((f) => f.paragraph)).toEqual([0]);
  });

  it('still finds guidance in a council template whose guidance is too long to search in one pattern', () => {
    // About 1 MB of guidance: more than one regular expression may hold.
    const long = `Explain the background ${'and more long text '.repeat(50_000)}here.`;
    const own = {
      ...template,
      placeholders: {
        ...template.placeholders,
        guidance: [long, 'Name the officer who signs off each row.'],
      },
    };
    const found = checkSnapshot(
      report()
        .para('1.1 Name the officer who signs off each row.')
        .para('1.2 Explain the background.')
        .build(),
      own,
    ).findings.filter((f) => f.rule === 'placeholder-text');
    expect(found.map((f) => f.paragraph)).toEqual([0]);
  });

  it('shows the placeholder in the excerpt even at the end of a long paragraph', () => {
    const long = `6.2 ${'The Community Safety Plan will then be refreshed and published. '.repeat(3)}Published on [Insert date].`;
    const [finding] = placeholders((r) => r.para(long));
    expect(finding?.excerpt).toMatch(/^….*Published on \[Insert date\]\.$/);
    expect(finding?.excerpt?.length).toBeLessThanOrEqual(80);
  });

  it('gives one finding for a paragraph with several placeholders', () => {
    expect(placeholders((r) => r.para('[Insert name], [Insert role], XXX'))).toHaveLength(1);
  });

  it('does not fire on ordinary words that contain the letters', () => {
    const found = placeholders((r) =>
      r.para(
        'The TBCA report and the XXL figures were inserted into the assessment.',
        'Insert the data later.',
      ),
    );
    expect(found).toEqual([]);
  });
});
