/**
 * The Data view's reducer on plain data: what each thing that happens does to the view's state
 * (source chosen, loaded, failed; preview made and taken away; insert; refresh and its diff; the
 * overwrite question). The hook over real use cases is tested in DataView*.test.tsx.
 */
import type {
  ElementChoice,
  ElementPreview,
  LoadedSource,
  RefreshResult,
  RegionRow,
  SourceChoice,
} from '../../../src/taskpane/views/data/data-actions';
import {
  dataViewReducer,
  elementRequest,
  initialDataViewState,
  type DataViewAction,
  type DataViewState,
  workbookOptions,
} from '../../../src/taskpane/views/data/data-view-state';

const sample: SourceChoice = { kind: 'sample' };
const workbookChoice: SourceChoice = {
  kind: 'workbook',
  file: { name: 'partner.xlsx', size: 10, stream: () => new ReadableStream<Uint8Array>() },
};

const elements: ElementChoice[] = [
  { name: 'crime-by-month', label: 'Crime by month', kind: 'table' },
  { name: 'asb-figure', label: 'ASB figure', kind: 'figure' },
  { name: 'spreadsheet-table', label: 'Spreadsheet table', kind: 'table', fromWorkbook: true },
  { name: 'spreadsheet-chart', label: 'Spreadsheet chart', kind: 'chart', fromWorkbook: true },
];

const crimeData: LoadedSource = {
  label: 'Sample data',
  areas: ['Northtown', 'Southtown'],
  defaultArea: 'Northtown',
  latestMonth: '2024-06',
  earliestMonth: '2023-07',
  warnings: [],
};

const workbookData: LoadedSource = {
  ...crimeData,
  label: 'partner.xlsx',
  workbook: {
    fileName: 'partner.xlsx',
    sheets: [
      { name: 'Fires', used: 'A1:C5' },
      { name: 'Notes', used: null },
    ],
    tables: [{ name: 'FireTable', sheet: 'Fires', range: 'A1:C5' }],
    names: [],
  },
};

const tablePreview: ElementPreview = {
  kind: 'table',
  caption: 'Crime by month',
  columns: [{ header: 'Month', align: 'left' }],
  rows: [{ cells: ['June 2024'] }],
  source: 'Sample data',
};

function region(id: string, status: RegionRow['status']): RegionRow {
  return { id, title: `Region ${id}`, element: 'crime-by-month', status, detail: '' };
}

function run(...actions: DataViewAction[]): DataViewState {
  return actions.reduce(dataViewReducer, initialDataViewState);
}

/** The view once the element list and the sample have loaded. */
function ready(): DataViewState {
  return run(
    { type: 'elements-listed', elements },
    { type: 'source-chosen', choice: sample },
    { type: 'source-loaded', choice: sample, source: crimeData },
  );
}

describe('the Data view reducer: the source', () => {
  test('choosing a source shows it loading, clears the notice and the preview, and says so', () => {
    const before: DataViewState = {
      ...ready(),
      notice: { intent: 'error', text: 'Old problem' },
      preview: { kind: 'ready', request: elementRequest(ready()), preview: tablePreview },
    };
    const after = dataViewReducer(before, { type: 'source-chosen', choice: workbookChoice });
    expect(after.source).toEqual({
      kind: 'loading',
      choice: workbookChoice,
      fraction: null,
      stage: 'Loading partner.xlsx',
      // The source in use (and its preview) is kept, to fall back to if the workbook cannot be opened.
      kept: { choice: sample, source: crimeData, preview: before.preview },
    });
    expect(after.notice).toBeNull();
    expect(after.preview).toEqual({ kind: 'none' });
    expect(after.announcement).toBe('Loading partner.xlsx.');
  });

  test('progress moves the loading bar', () => {
    const after = run(
      { type: 'source-chosen', choice: sample },
      { type: 'source-progress', choice: sample, fraction: 0.5, stage: 'Reading rows' },
    );
    expect(after.source).toEqual({ kind: 'loading', choice: sample, fraction: 0.5, stage: 'Reading rows' });
  });

  test('loaded crime data chooses its default area, its newest month and a crime-data element', () => {
    const after = ready();
    expect(after.source).toEqual({ kind: 'loaded', choice: sample, source: crimeData });
    expect(after.area).toBe('Northtown');
    expect(after.periodEnd).toBe('2024-06');
    expect(after.followLatest).toBe(true);
    expect(after.element).toBe('crime-by-month');
    expect(after.announcement).toBe('Data loaded: Sample data.');
  });

  test('a new load keeps an area the data still has, and falls back to the default when it does not', () => {
    const kept = run(
      { type: 'elements-listed', elements },
      { type: 'area-chosen', area: 'Southtown' },
      { type: 'source-loaded', choice: sample, source: crimeData },
    );
    expect(kept.area).toBe('Southtown');
    const replaced = run(
      { type: 'area-chosen', area: 'Elsewhere' },
      { type: 'source-loaded', choice: sample, source: crimeData },
    );
    expect(replaced.area).toBe('Northtown');
  });

  test('a workbook switches to a spreadsheet element and its first sheet, forgetting the old cells', () => {
    const before = dataViewReducer(
      { ...ready(), element: 'asb-figure' },
      {
        type: 'workbook-changed',
        change: {
          sheet: 'Old',
          cells: 'range',
          range: 'B2:C3',
          title: 'Old title',
          chart: 'line',
          series: 'Old column',
        },
      },
    );
    const after = dataViewReducer(before, {
      type: 'source-loaded',
      choice: workbookChoice,
      source: workbookData,
    });
    expect(after.element).toBe('spreadsheet-table');
    // The chart kind is the officer's choice, not the workbook's: it stays.
    expect(after.workbook).toEqual({
      sheet: 'Fires',
      cells: 'used',
      range: '',
      chart: 'line',
      series: '',
      title: '',
    });
    // Crime data loaded afterwards goes back to a crime-data element; a fitting one is kept.
    expect(dataViewReducer(after, { type: 'source-loaded', choice: sample, source: crimeData }).element).toBe(
      'crime-by-month',
    );
    expect(
      dataViewReducer(
        { ...after, element: 'spreadsheet-chart' },
        { type: 'source-loaded', choice: workbookChoice, source: workbookData },
      ).element,
    ).toBe('spreadsheet-chart');
  });

  const csvChoice: SourceChoice = {
    kind: 'csv',
    files: [{ name: '2024-07-crimes.csv', size: 10, stream: () => new ReadableStream<Uint8Array>() }],
  };
  const apiChoice: SourceChoice = {
    kind: 'police-api',
    district: 'Barnet',
    boundary: '51.5,-0.2:51.6,-0.2:51.6,-0.1',
  };
  test.each([
    [
      'a workbook',
      workbookChoice,
      'partner.xlsx',
      'partner.xlsx is protected with a password: remove the password in Excel and save it again.',
    ],
    [
      'a CSV file',
      csvChoice,
      '2024-07-crimes.csv',
      '2024-07-crimes.csv is not a police.uk street-level CSV file: it has no Month column.',
    ],
    [
      'a police.uk fetch',
      apiChoice,
      'police.uk data for Barnet',
      'police.uk did not answer: check the internet connection and try again.',
    ],
  ])(
    '%s that cannot be loaded leaves the earlier source, its choices and preview in use',
    (_, choice, name, message) => {
      const preview = { kind: 'ready' as const, request: elementRequest(ready()), preview: tablePreview };
      const before: DataViewState = { ...ready(), area: 'Southtown', element: 'asb-figure', preview };
      expect(before.pickerKind).toBe('sample');
      const picked = dataViewReducer(before, { type: 'source-kind-picked', kind: choice.kind });
      const loading = [
        { type: 'source-chosen', choice },
        { type: 'source-progress', choice, fraction: 0.5, stage: `Loading ${name}` },
      ].reduce((state, action) => dataViewReducer(state, action as DataViewAction), picked);
      // While it loads the picker shows the new kind, with its progress.
      expect(loading.pickerKind).toBe(choice.kind);
      const after = dataViewReducer(loading, { type: 'source-failed', choice, message });
      expect(after.source).toEqual({
        kind: 'loaded',
        choice: sample,
        source: crimeData,
        notLoaded: { kind: choice.kind, name, message },
      });
      // The picker is back on the source in use: only the error bar speaks of the refused one.
      expect(after.pickerKind).toBe('sample');
      expect(after.preview).toBe(preview);
      expect([after.area, after.element, after.periodEnd]).toEqual(['Southtown', 'asb-figure', '2024-06']);
      expect(after.announcement).toBe(`${name} could not be loaded. ${message} Still using Sample data.`);
    },
  );

  test('CSV files that cannot be loaded after a workbook leave the workbook in use, with its cells', () => {
    const opened = run(
      { type: 'elements-listed', elements },
      { type: 'source-chosen', choice: workbookChoice },
      { type: 'source-loaded', choice: workbookChoice, source: workbookData },
      { type: 'workbook-changed', change: { cells: 'range', range: 'A1:B3' } },
    );
    const after = [
      { type: 'source-chosen', choice: csvChoice },
      { type: 'source-failed', choice: csvChoice, message: 'The import was stopped.' },
    ].reduce((state, action) => dataViewReducer(state, action as DataViewAction), opened);
    expect(after.source).toMatchObject({ kind: 'loaded', choice: workbookChoice, source: workbookData });
    expect(after.workbook).toEqual(opened.workbook);
    expect(after.element).toBe('spreadsheet-table');
    // The radio shows the workbook in use again, not the CSV files that were refused.
    expect(after.pickerKind).toBe('workbook');
    expect(after.announcement).toBe(
      '2024-07-crimes.csv could not be loaded. The import was stopped. Still using partner.xlsx.',
    );
  });

  test('an earlier workbook stays in use when the next one cannot be opened, with its cells', () => {
    const other: SourceChoice = { ...workbookChoice, file: { ...workbookChoice.file, name: 'damaged.xlsx' } };
    const opened = run(
      { type: 'elements-listed', elements },
      { type: 'source-chosen', choice: workbookChoice },
      { type: 'source-loaded', choice: workbookChoice, source: workbookData },
      { type: 'workbook-changed', change: { cells: 'range', range: 'A1:B3' } },
    );
    const after = run(
      { type: 'elements-listed', elements },
      { type: 'source-chosen', choice: workbookChoice },
      { type: 'source-loaded', choice: workbookChoice, source: workbookData },
      { type: 'workbook-changed', change: { cells: 'range', range: 'A1:B3' } },
      { type: 'source-chosen', choice: other },
      { type: 'source-failed', choice: other, message: 'damaged.xlsx is damaged.' },
    );
    expect(after.source).toMatchObject({ kind: 'loaded', choice: workbookChoice, source: workbookData });
    expect(after.workbook).toEqual(opened.workbook);
    expect(after.element).toBe('spreadsheet-table');
    expect(after.pickerKind).toBe('workbook');
    // The next source chosen clears the note about the file that could not be loaded.
    const next = dataViewReducer(after, { type: 'source-chosen', choice: sample });
    expect(next.source).toMatchObject({ kind: 'loading', kept: { source: workbookData } });
  });

  test('with nothing in use, the picker stays on the kind that failed, to try again', () => {
    const csv: SourceChoice = {
      kind: 'csv',
      files: [{ name: 'x.csv', size: 1, stream: () => new ReadableStream<Uint8Array>() }],
    };
    const after = run(
      { type: 'source-kind-picked', kind: 'csv' },
      { type: 'source-chosen', choice: csv },
      { type: 'source-failed', choice: csv, message: 'x.csv has no Month column.' },
    );
    expect(after.source).toMatchObject({ kind: 'failed', choice: csv });
    expect(after.pickerKind).toBe('csv');
  });

  test('a kind picked to set up is shown chosen; the source in use is unchanged until it loads', () => {
    const before = ready();
    const picked = dataViewReducer(before, { type: 'source-kind-picked', kind: 'police-api' });
    expect(picked.pickerKind).toBe('police-api');
    expect(picked.source).toBe(before.source);
  });

  test('a failed load keeps the choice and says why', () => {
    const after = run(
      { type: 'source-chosen', choice: sample },
      { type: 'source-failed', choice: sample, message: 'The file is not a police.uk CSV.' },
    );
    expect(after.source).toEqual({
      kind: 'failed',
      choice: sample,
      message: 'The file is not a police.uk CSV.',
    });
    expect(after.pickerKind).toBe('sample');
    expect(after.announcement).toBe('The data could not be loaded. The file is not a police.uk CSV.');
  });

  test('the element list chooses the first crime-data element, and does not replace a chosen one', () => {
    expect(run({ type: 'elements-listed', elements }).element).toBe('crime-by-month');
    expect(
      run({ type: 'element-chosen', element: 'asb-figure' }, { type: 'elements-listed', elements }).element,
    ).toBe('asb-figure');
  });
});

describe('the Data view reducer: period', () => {
  test('an earlier month turns following the newest month off and says so', () => {
    const after = dataViewReducer(ready(), { type: 'period-end-chosen', month: '2024-03' });
    expect(after.periodEnd).toBe('2024-03');
    expect(after.followLatest).toBe(false);
    expect(after.announcement).toBe(
      '“Move to the newest month when refreshed” is now off: the period ends in Mar 2024, not the newest month, Jun 2024.',
    );
  });

  test('choosing the newest month again turns it back on, without an announcement', () => {
    const earlier = dataViewReducer(ready(), { type: 'period-end-chosen', month: '2024-03' });
    const after = dataViewReducer(earlier, { type: 'period-end-chosen', month: '2024-06' });
    expect(after.followLatest).toBe(true);
    expect(after.announcement).toBe(earlier.announcement);
  });
});

describe('the Data view reducer: preview', () => {
  test('asked, made, and the request it was made for kept with it', () => {
    const state = { ...ready(), notice: { intent: 'success' as const, text: 'Inserted.' } };
    const request = elementRequest(state);
    expect(request).toEqual({
      element: 'crime-by-month',
      area: 'Northtown',
      periodEnd: '2024-06',
      followLatest: true,
    });
    const asked = dataViewReducer(state, { type: 'preview-asked', request });
    expect(asked.preview).toEqual({ kind: 'loading', request });
    expect(asked.notice).toBeNull();
    const made = dataViewReducer(asked, { type: 'preview-made', request, preview: tablePreview });
    expect(made.preview).toEqual({ kind: 'ready', request, preview: tablePreview });
    expect(made.announcement).toBe('Preview ready.');
  });

  test('a failed preview says why', () => {
    const request = elementRequest(ready());
    const failed = dataViewReducer(ready(), {
      type: 'preview-failed',
      request,
      message: 'No crimes in Northtown.',
    });
    expect(failed.preview).toEqual({ kind: 'failed', request, message: 'No crimes in Northtown.' });
    expect(failed.announcement).toBe('No crimes in Northtown.');
  });

  test('changing the workbook cells takes the preview away, so other cells are not inserted by mistake', () => {
    const loaded = run(
      { type: 'elements-listed', elements },
      { type: 'source-loaded', choice: workbookChoice, source: workbookData },
    );
    const request = elementRequest(loaded);
    expect(request.options).toEqual({ file: 'partner.xlsx', sheet: 'Fires' });
    const shown = dataViewReducer(loaded, { type: 'preview-made', request, preview: tablePreview });
    const changed = dataViewReducer(shown, {
      type: 'workbook-changed',
      change: { cells: 'table:FireTable' },
    });
    expect(changed.preview).toEqual({ kind: 'none' });
    expect(elementRequest(changed).options).toEqual({ file: 'partner.xlsx', table: 'FireTable' });
  });

  test('choosing another element changes the request the next preview and insert use', () => {
    const state = dataViewReducer(ready(), { type: 'element-chosen', element: 'asb-figure' });
    expect(elementRequest(state).element).toBe('asb-figure');
    // A crime-data element never carries workbook options, even with a workbook loaded.
    const withWorkbook = dataViewReducer(state, {
      type: 'source-loaded',
      choice: workbookChoice,
      source: workbookData,
    });
    expect(elementRequest({ ...withWorkbook, element: 'asb-figure' }).options).toBeUndefined();
  });
});

describe('the Data view reducer: document changes', () => {
  test('an insert marks the view busy, lists the regions, then says what was done', () => {
    const started = dataViewReducer(
      { ...ready(), notice: { intent: 'error', text: 'Old' } },
      { type: 'work-started', what: 'Inserting Crime by month' },
    );
    expect(started.busy).toBe('Inserting Crime by month');
    expect(started.notice).toBeNull();
    expect(started.announcement).toBe('Inserting Crime by month…');
    const listed = dataViewReducer(started, { type: 'regions-listed', regions: [region('r1', 'fresh')] });
    const done = dataViewReducer(listed, {
      type: 'work-finished',
      outcome: { intent: 'success', text: 'Inserted Crime by month at the cursor.' },
    });
    expect(done.busy).toBeNull();
    expect(done.regions).toEqual([region('r1', 'fresh')]);
    expect(done.notice).toEqual({ intent: 'success', text: 'Inserted Crime by month at the cursor.' });
    expect(done.announcement).toBe('Inserted Crime by month at the cursor.');
  });

  test('a failed change becomes an error notice', () => {
    const done = run(
      { type: 'work-started', what: 'Removing the region' },
      { type: 'work-finished', outcome: { intent: 'error', text: 'The region is gone.' } },
    );
    expect(done.busy).toBeNull();
    expect(done.notice).toEqual({ intent: 'error', text: 'The region is gone.' });
  });

  test('a refresh clears the last diff, shows progress, then shows the new diff and regions', () => {
    const result: RefreshResult = {
      outcomes: [
        {
          id: 'r1',
          title: 'Region r1',
          status: 'changed',
          changes: [{ where: 'June', from: '10', to: '12' }],
        },
      ],
      regions: [region('r1', 'fresh')],
      notAsWritten: [],
    };
    const old: RefreshResult = { outcomes: [], regions: [], notAsWritten: [] };
    const started = run(
      { type: 'refresh-done', result: old },
      { type: 'work-started', what: 'Refreshing the live regions' },
      { type: 'refresh-started', stage: 'Starting' },
    );
    expect(started.refreshed).toBeNull();
    expect(started.progress).toEqual({ fraction: 0, stage: 'Starting' });
    const moving = dataViewReducer(started, {
      type: 'refresh-progress',
      fraction: 0.5,
      stage: 'Region 1 of 2',
    });
    expect(moving.progress).toEqual({ fraction: 0.5, stage: 'Region 1 of 2' });
    const done = dataViewReducer(dataViewReducer(moving, { type: 'refresh-done', result }), {
      type: 'work-finished',
      outcome: { intent: 'success', text: 'Refreshed 1 region.' },
    });
    expect(done.refreshed).toBe(result);
    expect(done.regions).toEqual(result.regions);
    expect(done.progress).toBeNull();
    expect(done.busy).toBeNull();
  });

  test('regions edited by hand ask before overwriting; answering closes the question', () => {
    const edited = [region('r2', 'edited'), region('r3', 'edited')];
    const asked = dataViewReducer(ready(), { type: 'confirm-asked', ids: null, edited });
    expect(asked.confirm).toEqual({ ids: null, edited });
    expect(asked.announcement).toBe('2 regions were changed by hand. Choose whether to overwrite.');
    const one = dataViewReducer(ready(), { type: 'confirm-asked', ids: ['r2'], edited: [edited[0]!] });
    expect(one.announcement).toBe('A region was changed by hand. Choose whether to overwrite.');
    const cancelled = dataViewReducer(asked, { type: 'confirm-closed', said: 'Refresh cancelled.' });
    expect(cancelled.confirm).toBeNull();
    expect(cancelled.announcement).toBe('Refresh cancelled.');
    const overwriting = dataViewReducer(asked, { type: 'confirm-closed', said: null });
    expect(overwriting.confirm).toBeNull();
    expect(overwriting.announcement).toBe(asked.announcement);
  });

  test('saying something with no intent announces it and leaves the notice', () => {
    const state = { ...ready(), notice: { intent: 'warning' as const, text: 'Kept' } };
    expect(dataViewReducer(state, { type: 'said', text: 'Hello', intent: null })).toMatchObject({
      announcement: 'Hello',
      notice: { intent: 'warning', text: 'Kept' },
    });
    expect(dataViewReducer(state, { type: 'said', text: 'Broken', intent: 'error' }).notice).toEqual({
      intent: 'error',
      text: 'Broken',
    });
  });

  test('the reducer never changes the state it is given', () => {
    const state = Object.freeze(ready());
    expect(() =>
      dataViewReducer(state, { type: 'workbook-changed', change: { sheet: 'Notes' } }),
    ).not.toThrow();
    expect(state.workbook.sheet).toBe('');
  });
});

describe('the spreadsheet options sent with a request', () => {
  const pick = { ...initialDataViewState.workbook, sheet: 'Fires', chart: 'line' as const };
  it('a chart sends the columns typed under "Columns to chart", trimmed; a table never does', () => {
    expect(workbookOptions('fires.xlsx', { ...pick, series: ' Change, C ' }, 'spreadsheet-chart')).toEqual({
      file: 'fires.xlsx',
      sheet: 'Fires',
      chart: 'line',
      series: 'Change, C',
    });
    expect(workbookOptions('fires.xlsx', { ...pick, series: '  ' }, 'spreadsheet-chart')).not.toHaveProperty(
      'series',
    );
    expect(workbookOptions('fires.xlsx', { ...pick, series: 'Change' }, 'spreadsheet-table')).toEqual({
      file: 'fires.xlsx',
      sheet: 'Fires',
    });
  });
});
