/**
 * Tables as councils lay them out: a merged title row above the column names, the header row
 * typed again after a page break, the header in bold but not marked as a header row, other column
 * names. The timetable and the implications table are found and read whichever row holds the
 * header, and only what is really wrong is reported.
 */
import { checkSnapshot } from '../../../../src/core/template/check';
import type { RuleId } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';
import type { ReportSnapshot } from '../../../../src/core/report/snapshot';
import { findHeaderRow, isTitleRow } from '../../../../src/core/template/table-columns';
import { IMPLICATION_ROWS_2018, completeReport, report } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2018');

function rules(snapshot: ReportSnapshot): RuleId[] {
  return checkSnapshot(snapshot, template).findings.map((f) => f.rule);
}

function found(snapshot: ReportSnapshot, rule: RuleId) {
  return checkSnapshot(snapshot, template).findings.filter((f) => f.rule === rule);
}

const MEETINGS = [
  ['Safer Maidstone Partnership', '23 January 2018'],
  ['Communities, Housing and Environment Committee', '13 February 2018'],
  ['Council', '28 February 2018'],
];

describe('the timetable, whichever row holds its header', () => {
  it('reads a timetable under a merged "Timetable" title row, with no title paragraph above it', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r.table([[{ text: 'Timetable', gridSpan: 2 }], ['Meeting', 'Date'], ...MEETINGS], { headerRows: 2 }),
    });
    expect(rules(snapshot)).toEqual([]);
    const result = checkSnapshot(snapshot, template);
    expect(result.sections.find((s) => s.id === 'timetable')).toMatchObject({
      status: 'complete',
      heading: 'Timetable',
    });
  });

  it('still reports a meeting without a date when the table has a title row', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r.table(
          [
            [{ text: 'Timetable', gridSpan: 2 }],
            ['Meeting', 'Date'],
            ...MEETINGS.slice(0, 2),
            ['Council', ''],
          ],
          {
            headerRows: 2,
          },
        ),
    });
    expect(found(snapshot, 'timetable-incomplete').map((f) => f.excerpt)).toEqual(['Council']);
  });

  it('takes a title written in the first cell only ("Timetable" | "") as a title row', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) => r.table([['Timetable', ''], ['Meeting', 'Date'], ...MEETINGS], { headerRows: 2 }),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('skips the header typed again lower down, and a blank spacer row, instead of reading them as meetings', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r
          .bold('Timetable')
          .table([['Meeting', 'Date'], MEETINGS[0]!, ['', ''], ['Meeting', 'Date'], ...MEETINGS.slice(1)]),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('finds a header in bold that is not marked, and reports only the missing mark', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r.table([[{ text: 'Timetable', gridSpan: 2 }], ['Meeting', 'Date'], ...MEETINGS], { header: false }),
    });
    const findings = checkSnapshot(snapshot, template).findings;
    expect(findings.map((f) => f.rule)).toEqual(['table-header-missing']);
    expect(findings[0]!.message).toContain('Mark its first 2 rows (the title and the column headings)');
  });

  it('reads other column names councils use ("Committee" | "Date of meeting")', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) => r.bold('Timetable').table([['Committee', 'Date of meeting'], ...MEETINGS]),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('does not take a table whose column names come after a row of data, away from a title, for the timetable', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) => r.table([MEETINGS[0]!, ['Meeting', 'Date'], ...MEETINGS.slice(1)]),
    });
    expect(found(snapshot, 'timetable-incomplete')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('The report has no timetable') }),
    ]);
  });
});

describe('the implications table, whichever row holds its header', () => {
  const header = ['Issue', 'Implications', 'Sign-off'];
  const title = [{ text: 'Cross-cutting issues and implications', gridSpan: 3 }];

  it('reads the rows under a merged title row and a header repeated after a page break', () => {
    const snapshot = completeReport(2018, {
      'cross-cutting': (r) =>
        r
          .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
          .table(
            [
              title,
              header,
              ...IMPLICATION_ROWS_2018.slice(0, 5),
              title,
              header,
              ...IMPLICATION_ROWS_2018.slice(5),
            ],
            { headerRows: 2 },
          ),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('reads "Signed off by" and "Implication" as the Sign-off and Implications columns', () => {
    const snapshot = completeReport(2018, {
      'cross-cutting': (r) =>
        r
          .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
          .table([['Issue', 'Implication', 'Signed off by'], ...IMPLICATION_ROWS_2018]),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('reports an empty cell of a table with a title row, by its row', () => {
    const rows = IMPLICATION_ROWS_2018.map((row) => (row[0] === 'Legal' ? ['Legal', 'None.', ''] : row));
    const snapshot = completeReport(2018, {
      'cross-cutting': (r) =>
        r.bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS').table([title, header, ...rows], { headerRows: 2 }),
    });
    expect(found(snapshot, 'crosscutting-signoff-empty').map((f) => [f.row, f.excerpt])).toEqual([
      ['Legal', 'Legal'],
    ]);
  });
});

describe('title rows', () => {
  const table = (rows: Parameters<ReturnType<typeof report>['table']>[0]) =>
    report().table(rows).build().tables[0]!;

  it('are one merged cell, the only cell of a row, or the table name in its first cell', () => {
    expect(isTitleRow(table([[{ text: 'Anything at all', gridSpan: 2 }], ['a', 'b']]).rows[0]!)).toBe(true);
    expect(isTitleRow(table([['Timetable', '']]).rows[0]!, ['Timetable'])).toBe(true);
    expect(isTitleRow(table([['Council', '']]).rows[0]!, ['Timetable'])).toBe(false);
    expect(isTitleRow(table([['Meeting', 'Date']]).rows[0]!, ['Timetable'])).toBe(false);
  });

  it('put the header row wherever the column names are', () => {
    const t = table([
      [{ text: 'Timetable', gridSpan: 2 }],
      ['', ''],
      ['Meeting', 'Date'],
      ['Council', '1 March'],
    ]);
    expect(findHeaderRow(t, ['Meeting', 'Date'])).toEqual({
      row: 2,
      columns: [
        { start: 0, span: 1 },
        { start: 1, span: 1 },
      ],
    });
  });
});

describe('a timetable written without column names', () => {
  it('is read from the table under the "Timetable" title: a meeting without a date is still found', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r
          .bold('Timetable')
          .empty()
          .table([...MEETINGS.slice(0, 2), ['Council', '']], { header: false }),
    });
    const findings = checkSnapshot(snapshot, template).findings;
    expect(findings.map((f) => [f.rule, f.section, f.excerpt])).toEqual([
      ['table-header-missing', 'timetable', 'Safer Maidstone Partnership'],
      ['timetable-incomplete', 'timetable', 'Council'],
    ]);
    // It has no header row to mark: the advice is to add one.
    expect(findings[0]!.message).toContain('Add a row naming its columns (Meeting | Date)');
  });

  it('is read from a table whose merged title row says "Timetable"', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) => r.table([[{ text: 'Timetable', gridSpan: 2 }], ...MEETINGS], { header: true }),
    });
    expect(rules(snapshot)).toEqual([]);
  });

  it('is not taken from a table away from the title', () => {
    const snapshot = completeReport(2018, {
      timetable: (r) =>
        r.bold('Timetable').para('The meetings are listed below.').table(MEETINGS, { header: false }),
    });
    expect(found(snapshot, 'timetable-incomplete')[0]?.message).toContain('The report has no timetable');
  });
});

describe('an implications table written without column names', () => {
  it('is read in the cross-cutting section from the rows it names: Issue, Implications, Sign-off', () => {
    const rows = IMPLICATION_ROWS_2018.map((row) => (row[0] === 'Legal' ? ['Legal', '', 'Legal Team'] : row));
    const snapshot = completeReport(2018, {
      'cross-cutting': (r) =>
        r
          .bold('7. CROSS-CUTTING ISSUES AND IMPLICATIONS')
          .table([[{ text: 'Cross-cutting issues and implications', gridSpan: 3 }], ...rows], {
            header: false,
          }),
    });
    const findings = checkSnapshot(snapshot, template).findings;
    expect(findings.map((f) => [f.rule, f.row])).toEqual([
      ['table-header-missing', null],
      ['crosscutting-implication-empty', 'Legal'],
    ]);
    expect(findings[0]!.message).toContain('Add a row naming its columns (Issue | Implications | Sign-off)');
  });
});
