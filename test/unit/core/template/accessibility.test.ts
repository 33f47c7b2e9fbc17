import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { completeReport, report, type ReportBuilder } from '../../../support/snapshot-builder';

const template = getTemplate('maidstone-2019');

function accessibility(build: (r: ReportBuilder) => ReportBuilder): string[] {
  return checkSnapshot(build(report()).build(), template)
    .findings.filter((f) => f.rule === 'alt-text-missing' || f.rule === 'table-header-missing')
    .map((f) => `${f.rule} @${f.paragraph} ${f.severity}`);
}

describe('alt-text-missing', () => {
  it('reports a picture with no or blank alternative text', () => {
    expect(accessibility((r) => r.picture({ altText: null }).picture({ altText: '  ' }))).toEqual([
      'alt-text-missing @0 warning',
      'alt-text-missing @1 warning',
    ]);
  });

  it('accepts a described picture and a decorative one', () => {
    expect(
      accessibility((r) =>
        r.picture({ altText: 'Chart of crime by month, 2017-18' }).picture({ decorative: true }),
      ),
    ).toEqual([]);
  });
});

describe('table-header-missing', () => {
  it('reports a data table whose first row is not marked as a header', () => {
    expect(
      accessibility((r) =>
        r.para('Crime by type').table(
          [
            ['Type', 'Count'],
            ['Burglary', '412'],
          ],
          { header: false },
        ),
      ),
    ).toEqual(['table-header-missing @1 warning']);
  });

  it('skips the header-field layout table, one-column boxes, one-row tables and nested tables', () => {
    const snapshot = completeReport(2019, {
      title: (r) =>
        r
          .table([['Note'], ['This report contains police data.']], { header: false })
          .table([['Only one row', 'here']], { header: false })
          .table(
            [
              ['Inner', 'table'],
              ['a', 'b'],
            ],
            { header: false, depth: 1 },
          ),
    });
    const found = checkSnapshot(snapshot, template).findings.filter((f) => f.rule === 'table-header-missing');
    expect(found).toEqual([]);
  });
});
