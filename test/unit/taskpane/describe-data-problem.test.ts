/**
 * What the Data view says when the 12 months of a period are not all in the data: the
 * “Period ends” month that works when there is one, else only the files to add (the pane has no
 * other way out). On the real reader and elements, from CSV rows made by the test.
 */
import { builtInElements, elementCatalogue } from '../../../src/core/live';
import type { RefreshStatus, RegionRefresh } from '../../../src/taskpane/views/data/data-actions';
import { describeDataProblem, describeRefresh } from '../../../src/taskpane/views/data/describe-data';
import { datasetOf, makeRows, months } from '../core/live/small-csv';

async function failure(monthList: string[], periodEnd: string): Promise<unknown> {
  const data = await datasetOf(makeRows(monthList));
  const element = elementCatalogue(builtInElements()).find('top-lsoas')!;
  try {
    element.compute({ data, population: null, area: 'Maidstone', periodEnd, options: {} });
  } catch (error) {
    return error;
  }
  throw new Error('computed without the months');
}

test('a gap with 12 whole months before it: choose that month under “Period ends”', async () => {
  const error = await failure([...months('2016-01', 12), '2017-02'], '2017-02');
  expect(describeDataProblem(error)).toBe(
    'The data (police.uk street-level data, retrieved 12 Jan 2018) lacks Jan 2017, so the 12 months Mar 2016 – Feb 2017 cannot be totalled. ' +
      "Add those months' files to the data. Or choose Dec 2016 or earlier under “Period ends”.",
  );
});

test('one month loaded: no earlier period end is offered, since none has 12 months', async () => {
  const text = describeDataProblem(await failure(['2017-02'], '2017-02'));
  expect(text).toMatch(
    /cannot be totalled\. Add those months' files to the data\. Choose all 12 months' CSV files/,
  );
  expect(text).not.toMatch(/Period ends|earlier/);
});

describe('what a refresh says', () => {
  const region = (status: RefreshStatus, changes = 0): RegionRefresh => ({
    id: `r-${status}`,
    title: 'Table 1',
    status,
    changes: Array.from({ length: changes }, (_, i) => ({ where: `w${i}`, from: '1', to: '2' })),
  });

  test('not one region recomputed: "Nothing was refreshed", never "Refreshed 2 regions: 0 updated"', () => {
    expect(describeRefresh([region('failed'), region('skipped-edited')])).toBe(
      'Nothing was refreshed: 1 kept your changes, 1 could not be refreshed.',
    );
  });

  test('some recomputed: the counts as before', () => {
    expect(describeRefresh([region('changed', 2), region('failed')])).toBe(
      'Refreshed 2 regions: 1 updated, 0 unchanged; 1 could not be refreshed. 2 figures changed: check any text that quotes them.',
    );
  });
});
