import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { IMPLICATION_ROWS_2018, report, type CellInput } from '../../../support/snapshot-builder';

const HEADER = ['Issue', 'Implications', 'Sign-off'];

function crossCutting(rows: CellInput[][], edition = 'maidstone-2018', heading = true): string[] {
  const builder = report();
  if (heading) builder.bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS');
  builder.table([HEADER, ...rows]);
  return checkSnapshot(builder.build(), getTemplate(edition))
    .findings.filter((f) => f.rule.startsWith('crosscutting-'))
    .map((f) => `${f.rule} ${f.row} @${f.paragraph ?? '-'}`);
}

const withRow = (issue: string, change: (row: [string, string, string]) => CellInput[]): CellInput[][] =>
  IMPLICATION_ROWS_2018.map((row) => (row[0] === issue ? change(row) : row));

describe('the implications table', () => {
  it('finds nothing wrong when every 2018 row is filled, "None" and "N/A" included', () => {
    expect(crossCutting(IMPLICATION_ROWS_2018)).toEqual([]);
  });

  it('reports a missing row, naming it as the template does', () => {
    const rows = IMPLICATION_ROWS_2018.filter((row) => row[0] !== 'Staffing');
    expect(crossCutting(rows)).toEqual(['crosscutting-row-missing Staffing @-']);
  });

  it('requires the Public Health row in the 2019 edition only', () => {
    expect(crossCutting(IMPLICATION_ROWS_2018, 'maidstone-2019')).toEqual([
      'crosscutting-row-missing Public Health @-',
    ]);
  });

  it('reports an empty implication and an empty sign-off at the row', () => {
    const rows = withRow('Legal', ([issue]) => [issue, '', '']).map((row) =>
      row[0] === 'Financial' ? [row[0], row[1] as string, '  '] : row,
    );
    const found = crossCutting(rows);
    expect(found).toEqual([
      expect.stringMatching(/^crosscutting-signoff-empty Financial @\d+$/),
      expect.stringMatching(/^crosscutting-implication-empty Legal @\d+$/),
      expect.stringMatching(/^crosscutting-signoff-empty Legal @\d+$/),
    ]);
  });

  it('merges continuation rows into the row above instead of reporting them', () => {
    const rows: CellInput[][] = IMPLICATION_ROWS_2018.flatMap((row): CellInput[][] => {
      if (row[0] === 'Financial')
        return [
          [row[0], 'The work is met', ''],
          ['', 'from existing budgets.', 'Section 151 Officer & Finance Team'],
        ];
      if (row[0] === 'Legal')
        return [
          [{ text: 'Legal', vMerge: 'restart' }, '', 'Legal Team'],
          [{ text: '', vMerge: 'continue' }, 'A statutory duty.', ''],
        ];
      if (row[0] === 'Equalities')
        return [row, ['(continued)', 'An equalities impact assessment is not needed.', '']];
      return [row];
    });
    expect(crossCutting(rows)).toEqual([]);
  });

  it('merges an issue name split over two rows', () => {
    const rows: CellInput[][] = IMPLICATION_ROWS_2018.flatMap((row): CellInput[][] =>
      row[0] === 'Impact on Corporate Priorities'
        ? [
            ['Impact on Corporate', row[1], row[2]],
            ['Priorities', '', ''],
          ]
        : [row],
    );
    expect(crossCutting(rows)).toEqual([]);
  });

  it('recognises the rows as real reports write them', () => {
    const rows = IMPLICATION_ROWS_2018.map(([issue, implications, signOff]): CellInput[] => {
      const written: Record<string, string> = {
        'Impact on Corporate Priorities': 'Impact on corporate priorities',
        Financial: 'Financial implications',
        'Privacy and Data Protection': 'Privacy & Data Protection',
        Equalities: 'Equality',
        'Crime and Disorder': 'Crime & Disorder',
      };
      return [written[issue] ?? issue, implications, signOff];
    });
    expect(crossCutting(rows)).toEqual([]);
  });

  it('finds the table by its header row when the section heading is missing', () => {
    const rows = IMPLICATION_ROWS_2018.filter((row) => row[0] !== 'Procurement');
    expect(crossCutting(rows, 'maidstone-2018', false)).toEqual(['crosscutting-row-missing Procurement @-']);
  });

  it('reads columns by their header when cells are merged across columns', () => {
    const snapshot = report()
      .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
      .table([
        [{ text: 'Issue', gridSpan: 2 }, 'Implications', 'Sign-off'],
        ...IMPLICATION_ROWS_2018.map(([issue, implications, signOff]): CellInput[] => [
          '',
          issue,
          implications,
          signOff,
        ]),
      ])
      .build();
    const findings = checkSnapshot(snapshot, getTemplate('maidstone-2018')).findings.filter((f) =>
      f.rule.startsWith('crosscutting-'),
    );
    expect(findings).toEqual([]);
  });

  it('recognises the header row written "Issue | Implication | Signoff"', () => {
    const snapshot = report()
      .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
      .table([['ISSUE', 'Implication', 'Signoff'], ...IMPLICATION_ROWS_2018.slice(1)])
      .build();
    const found = checkSnapshot(snapshot, getTemplate('maidstone-2018')).findings.filter((f) =>
      f.rule.startsWith('crosscutting-'),
    );
    expect(found.map((f) => `${f.rule} ${f.row}`)).toEqual([
      'crosscutting-row-missing Impact on Corporate Priorities',
    ]);
  });

  it('reports one finding when the section has no implications table', () => {
    const snapshot = report().bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS').para('None.').build();
    const findings = checkSnapshot(snapshot, getTemplate('maidstone-2018')).findings.filter((f) =>
      f.rule.startsWith('crosscutting-'),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'crosscutting-row-missing',
        row: null,
        section: 'cross-cutting',
        severity: 'error',
      }),
    ]);
  });
});

describe('implications written as paragraphs instead of a table', () => {
  const ROWS_2018 = IMPLICATION_ROWS_2018.map((row) => String(typeof row[0] === 'string' ? row[0] : ''));

  function check(build: (r: ReturnType<typeof report>) => void): string[] {
    // Section 4 is there, so a bold "Risk Management implications" label is not taken for its heading.
    const builder = report()
      .bold('4. RISK')
      .para('4.1 The risks are low.')
      .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS');
    build(builder);
    return checkSnapshot(builder.build(), getTemplate('maidstone-2018'))
      .findings.filter((f) => f.rule.startsWith('crosscutting-'))
      .map((f) => `${f.rule} ${f.row ?? '-'}`);
  }

  it('reads bold labels with the text and a "Signed off by" line under each (brackets in the role too): nothing to report', () => {
    const found = check((r) =>
      ROWS_2018.forEach((issue, i) =>
        r
          .bold(`${issue} implications`)
          .para(`7.${i + 1} None.`)
          .para(issue === 'Legal' ? 'Signed off by: Team Leader (Legal)' : 'Signed off by: Head of Service'),
      ),
    );
    expect(found).toEqual([]);
  });

  it('reports a missing entry, an empty one and its sign-off, as for a table', () => {
    const found = check((r) =>
      ROWS_2018.filter((issue) => issue !== 'Legal').forEach((issue, i) =>
        r.para(
          issue === 'Staffing'
            ? `7.${i + 1}\tStaffing:`
            : `7.${i + 1}\t${issue} – None. (Signed off by the Head of Service)`,
        ),
      ),
    );
    expect(found).toEqual([
      'crosscutting-implication-empty Staffing',
      'crosscutting-signoff-empty Staffing',
      'crosscutting-row-missing Legal',
    ]);
  });

  it('says once that no sign-off is given when none is, not once per row', () => {
    const found = check((r) => ROWS_2018.forEach((issue, i) => r.para(`7.${i + 1}\t${issue}: None.`)));
    expect(found).toEqual(['crosscutting-signoff-empty -']);
  });

  it('still reports no implications table when the section is prose naming fewer than three rows', () => {
    const found = check((r) =>
      r
        .para('7.1 The financial implications are set out in the appendix.')
        .para('7.2 Risk is covered in section 4.'),
    );
    expect(found).toEqual(['crosscutting-row-missing -']);
  });

  it('does not take a bold "Risk Management implications" label for the Risk heading of a report without one', () => {
    const builder = report().bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS');
    ROWS_2018.forEach((issue, i) =>
      builder
        .bold(`${issue} implications`)
        .para(`7.${i + 1} None.`)
        .para('Signed off by: Head of Service'),
    );
    const findings = checkSnapshot(builder.build(), getTemplate('maidstone-2018')).findings;
    const risk = findings.filter((f) => f.section === 'risk').map((f) => f.rule);
    expect(risk).toEqual(['section-missing']);
    expect(findings.filter((f) => f.rule === 'section-order')).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('crosscutting-'))).toEqual([]);
  });
});
