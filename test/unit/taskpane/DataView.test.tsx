/** @jest-environment jsdom */
/**
 * The Data view in every state: the default sample source, no regions, a preview (an accessible
 * table with the same numbers), inserting, refreshing with the diff, a source that fails, CSV
 * import with progress, confirming before an edited region is overwritten, orphans. The actions
 * are stubs here, held mid-way where a state needs it; the real use cases are tested on the hosts.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ReportError } from '../../../src/core/errors';
import { BLOCKED_MESSAGE } from '../../../src/core/data/police-api';
import type {
  DataActions,
  ElementPreview,
  LoadedSource,
  RefreshResult,
  RegionRow,
  RegionsChanged,
  SourceChoice,
} from '../../../src/taskpane/views/data/data-actions';
import { DataView } from '../../../src/taskpane/views/data/DataView';
import { InsertionPointContext } from '../../../src/taskpane/views/data/data-actions';

const SAMPLE: LoadedSource = {
  label: 'Synthetic sample data — not real figures',
  areas: ['Ashford', 'Maidstone', 'Swale'],
  defaultArea: 'Maidstone',
  latestMonth: '2017-10',
  earliestMonth: '2016-01',
  warnings: [],
};

const TABLE: ElementPreview = {
  kind: 'table',
  caption:
    'Table 1: Recorded crime by category, Maidstone, Nov 2016 – Oct 2017 compared with the previous 12 months',
  columns: [
    { header: 'Crime type', align: 'left' },
    { header: 'Nov 2016 – Oct 2017', align: 'right' },
    { header: 'Change', align: 'right' },
  ],
  rows: [
    { cells: ['Burglary', '1,234', '+56'] },
    { cells: ['Total recorded crime', '16,987', '+1,022'], kind: 'total' },
  ],
  source: 'Synthetic sample data — not real figures',
};

const region = (id: string, status: RegionRow['status'], extra: Partial<RegionRow> = {}): RegionRow => ({
  id,
  title: `Table ${id}: Recorded crime`,
  element: 'crime-by-category-yoy',
  status,
  detail: '',
  ...extra,
});

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

function stubActions(overrides: Partial<DataActions> = {}): jest.Mocked<DataActions> {
  return {
    elements: jest.fn().mockResolvedValue([
      { name: 'crime-by-category-yoy', label: 'Recorded crime by category, year on year', kind: 'table' },
      { name: 'figure:total-crime', label: 'Total recorded crime (a figure)', kind: 'figure' },
    ]),
    loadSource: jest.fn().mockResolvedValue(SAMPLE),
    preview: jest.fn().mockResolvedValue(TABLE),
    sections: jest.fn().mockResolvedValue([{ id: 'background', title: '3. Background' }]),
    insert: jest.fn().mockResolvedValue({ regions: [region('1', 'fresh')], notAsWritten: [] }),
    regions: jest.fn().mockResolvedValue([]),
    refresh: jest.fn(),
    repair: jest.fn().mockResolvedValue({ regions: [], notAsWritten: [] }),
    remove: jest.fn().mockResolvedValue([]),
    ...overrides,
  } as jest.Mocked<DataActions>;
}

function renderView(actions: DataActions) {
  return render(
    <FluentProvider theme={webLightTheme}>
      {/* In the pane the view sits in App's main landmark. */}
      <main>
        <DataView actions={actions} />
      </main>
    </FluentProvider>,
  );
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function previewShown(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByText(/Using: Synthetic sample data/);
  await user.click(button('Preview'));
  return screen.findByRole('table', { name: /Table 1: Recorded crime by category/ });
}

describe('the Data view', () => {
  it('starts on the bundled sample, with its latest month and the report’s district, and says there are no regions', async () => {
    const actions = stubActions();
    renderView(actions);
    expect(await screen.findByText('Using: Synthetic sample data — not real figures')).toBeTruthy();
    expect(actions.loadSource).toHaveBeenCalledWith(
      { kind: 'sample' },
      expect.any(Function),
      expect.anything(),
    );
    expect(screen.getByRole('radio', { name: /Bundled sample/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Area' }).textContent).toContain('Maidstone');
    expect(screen.getByRole('combobox', { name: /Period ends/ }).textContent).toContain('Oct 2017');
    expect(await screen.findByText(/This report has no live regions yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Refresh all/ })).toBeNull();
  });

  it('previews a table as an HTML table with a caption, headers and the same numbers', async () => {
    const user = userEvent.setup();
    const actions = stubActions();
    renderView(actions);
    const table = await previewShown(user);
    expect(actions.preview).toHaveBeenCalledWith({
      element: 'crime-by-category-yoy',
      area: 'Maidstone',
      periodEnd: '2017-10',
      followLatest: true,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Crime type', 'Nov 2016 – Oct 2017', 'Change']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Burglary',
      'Total recorded crime',
    ]);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['16,987', '+1,022']);
    expect(screen.getByText('Source: Synthetic sample data — not real figures')).toBeTruthy();
  });

  it('inserting: shows progress while Word works, then the region in the list', async () => {
    const user = userEvent.setup();
    const pending = deferred<RegionsChanged>();
    const actions = stubActions({ insert: jest.fn().mockReturnValue(pending.promise) });
    renderView(actions);
    await previewShown(user);
    await user.click(button('Insert at cursor'));
    expect(actions.insert).toHaveBeenCalledWith(
      { element: 'crime-by-category-yoy', area: 'Maidstone', periodEnd: '2017-10', followLatest: true },
      { kind: 'cursor' },
    );
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(button('Insert at cursor')).toHaveProperty('disabled', true);
    await act(async () => pending.resolve({ regions: [region('1', 'fresh')], notAsWritten: [] }));
    expect(
      await screen.findByText(/Inserted Recorded crime by category, year on year at the cursor/, {
        selector: '.fui-MessageBarBody',
      }),
    ).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Live regions' });
    expect(within(list).getByText('Table 1: Recorded crime')).toBeTruthy();
    expect(within(list).getByText('Up to date')).toBeTruthy();
  });

  it('inserting after typed captions: a warning says how the new one is numbered and what to do', async () => {
    const user = userEvent.setup();
    const advice =
      "The report's caption Table 1 is typed, not numbered by Word, so the new table is set to show Table 2 to follow on.";
    const actions = stubActions({
      insert: jest
        .fn()
        .mockResolvedValue({ regions: [region('1', 'fresh')], notAsWritten: [], captionAdvice: [advice] }),
    });
    renderView(actions);
    await previewShown(user);
    await user.click(button('Insert at cursor'));
    const message = await screen.findByText(
      /Inserted Recorded crime by category, year on year at the cursor\./,
      {
        selector: '.fui-MessageBarBody',
      },
    );
    expect(message.textContent).toContain(advice);
    expect(message.closest('[data-intent]')?.getAttribute('data-intent')).toBe('warning');
  });

  it('an earlier period end is kept on refresh unless the officer asks the region to follow the newest month', async () => {
    const user = userEvent.setup();
    const actions = stubActions();
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    const follow = screen.getByRole('switch', { name: 'Move to the newest month when refreshed' });
    expect(follow).toHaveProperty('checked', true);
    await user.click(screen.getByRole('combobox', { name: /Period ends/ }));
    await user.click(await screen.findByRole('option', { name: 'Aug 2017' }));
    expect(follow).toHaveProperty('checked', false);
    // It says why the switch went off, beside it, and the switch is described by that.
    const note = screen.getByTestId('follow-latest-note');
    expect(note.textContent).toBe(
      'Off because the period ends in Aug 2017, not the newest month (Oct 2017): a refresh keeps Aug 2017. Turn it on to follow the newest month.',
    );
    expect(follow.getAttribute('aria-describedby')).toBe(note.id);
    await user.click(button('Preview'));
    await user.click(await screen.findByRole('button', { name: 'Insert at cursor' }));
    expect(actions.insert).toHaveBeenLastCalledWith(
      { element: 'crime-by-category-yoy', area: 'Maidstone', periodEnd: '2017-08', followLatest: false },
      { kind: 'cursor' },
    );
    await user.click(follow);
    expect(screen.getByTestId('follow-latest-note').textContent).toMatch(
      /^On: the first refresh moves the period on/,
    );
    await user.click(await screen.findByRole('button', { name: 'Insert at cursor' }));
    expect(actions.insert).toHaveBeenLastCalledWith(
      expect.objectContaining({ periodEnd: '2017-08', followLatest: true }),
      {
        kind: 'cursor',
      },
    );
  });

  it('where the document has no cursor (the workspace), says where it will insert and where it did', async () => {
    const user = userEvent.setup();
    const actions = stubActions();
    render(
      <FluentProvider theme={webLightTheme}>
        <main>
          <InsertionPointContext.Provider
            value={{
              button: 'Insert at the end',
              hint: 'No paragraph is chosen, so it goes at the end of the report.',
              where: 'at the end of the report (no paragraph was chosen in the preview)',
            }}
          >
            <DataView actions={actions} />
          </InsertionPointContext.Provider>
        </main>
      </FluentProvider>,
    );
    await previewShown(user);
    expect(screen.queryByRole('button', { name: 'Insert at cursor' })).toBeNull();
    const insert = button('Insert at the end');
    expect(screen.getByTestId('insertion-point').textContent).toBe(
      'No paragraph is chosen, so it goes at the end of the report.',
    );
    await user.click(insert);
    expect(actions.insert).toHaveBeenCalledWith(expect.anything(), { kind: 'cursor' });
    const message = await screen.findByText(/Inserted Recorded crime by category, year on year at the end/, {
      selector: '.fui-MessageBarBody',
    });
    expect(message.textContent).not.toMatch(/cursor/);
  });

  it('inserts into a chosen section', async () => {
    const user = userEvent.setup();
    const actions = stubActions();
    renderView(actions);
    await previewShown(user);
    await user.click(screen.getByRole('combobox', { name: 'Or into section' }));
    await user.click(await screen.findByRole('option', { name: '3. Background' }));
    await user.click(button('Insert into section'));
    expect(actions.insert).toHaveBeenCalledWith(expect.anything(), {
      kind: 'section',
      sectionId: 'background',
    });
    expect(await screen.findByText(/in 3\. Background/, { selector: '.fui-MessageBarBody' })).toBeTruthy();
  });

  it('refresh all: progress, then what changed, old → new, and the summary', async () => {
    const user = userEvent.setup();
    const pending = deferred<RefreshResult>();
    let progress: ((fraction: number, stage: string) => void) | null = null;
    const actions = stubActions({
      regions: jest.fn().mockResolvedValue([region('1', 'stale'), region('2', 'fresh')]),
      refresh: jest.fn().mockImplementation((_ids, _overwrite, onProgress) => {
        progress = onProgress;
        return pending.promise;
      }),
    });
    renderView(actions);
    await user.click(await screen.findByRole('button', { name: 'Refresh all (2)' }));
    expect(actions.refresh).toHaveBeenCalledWith(null, [], expect.any(Function));
    act(() => progress?.(0.5, 'Writing 2 regions'));
    expect(screen.getByText(/Writing 2 regions/)).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    await act(async () =>
      pending.resolve({
        outcomes: [
          {
            id: '1',
            title: 'Table 1: Recorded crime',
            status: 'changed',
            changes: [{ where: 'Burglary, count', from: '1,234', to: '1,240' }],
          },
          { id: '2', title: 'Table 2: Recorded crime', status: 'unchanged', changes: [] },
        ],
        regions: [region('1', 'fresh'), region('2', 'fresh')],
        notAsWritten: [],
      }),
    );
    const diff = await screen.findByRole('table', { name: /Table 1: Recorded crime — Updated/ });
    const row = within(diff).getByRole('row', { name: /Burglary/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1,234', '1,240']);
    expect(screen.getByText('Table 2: Recorded crime: No change')).toBeTruthy();
    expect(
      screen.getByText(/Refreshed 2 regions: 1 updated, 1 unchanged\. 1 figure changed/, {
        selector: '.fui-MessageBarBody',
      }),
    ).toBeTruthy();
  });

  it('a source that fails: the reason in plain words, and the regions are left alone', async () => {
    const user = userEvent.setup();
    const actions = stubActions({
      loadSource: jest
        .fn()
        .mockResolvedValueOnce(SAMPLE)
        .mockRejectedValueOnce(new ReportError('police-api-blocked', BLOCKED_MESSAGE)),
    });
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    await user.click(screen.getByRole('radio', { name: 'police.uk API' }));
    await user.type(screen.getByRole('textbox', { name: 'District' }), 'Maidstone');
    await user.type(screen.getByRole('textbox', { name: /District boundary/ }), '51.2,0.5:51.3,0.6:51.2,0.6');
    await user.click(button('Fetch from police.uk'));
    expect(actions.loadSource).toHaveBeenLastCalledWith(
      { kind: 'police-api', district: 'Maidstone', boundary: '51.2,0.5:51.3,0.6:51.2,0.6' },
      expect.any(Function),
      expect.anything(),
    );
    expect(await screen.findByText('police.uk data for Maidstone could not be loaded')).toBeTruthy();
    expect(
      screen.getByText(`${BLOCKED_MESSAGE} Nothing else changed: the data below is still in use.`, {
        selector: '.fui-MessageBarBody',
        exact: false,
      }),
    ).toBeTruthy();
    // The sample loaded before is still the source, so preview still works.
    expect(screen.getByText(/Using: Synthetic sample data/)).toBeTruthy();
    expect(button('Preview')).toHaveProperty('disabled', false);
    expect(actions.refresh).not.toHaveBeenCalled();
    // The radio is back on the sample in use, focused; the district and boundary typed are kept
    // for trying again (police.uk may answer next time).
    const sampleRadio = screen.getByRole<HTMLInputElement>('radio', { name: /Bundled sample/ });
    expect(sampleRadio.checked).toBe(true);
    expect(document.activeElement).toBe(sampleRadio);
    await user.click(screen.getByRole('radio', { name: 'police.uk API' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'District' }).value).toBe('Maidstone');
  });

  it('imports CSV files with progress and lists the rows it skipped', async () => {
    const user = userEvent.setup();
    const pending = deferred<LoadedSource>();
    let progress: ((fraction: number, stage: string) => void) | null = null;
    const actions = stubActions({
      loadSource: jest
        .fn()
        .mockResolvedValueOnce(SAMPLE)
        .mockImplementationOnce((_choice, onProgress) => {
          progress = onProgress;
          return pending.promise;
        }),
    });
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    await user.click(screen.getByRole('radio', { name: 'police.uk CSV files' }));
    const files = [
      new File(['Crime ID,Month\n'], '2017-09-kent-street.csv', { type: 'text/csv' }),
      new File(['Crime ID,Month\n'], '2017-10-kent-street.csv', { type: 'text/csv' }),
    ];
    await user.upload(screen.getByLabelText(/Street-level CSV files/), files);
    await user.click(button('Import 2 files'));
    const [choice] = actions.loadSource.mock.calls[1]!;
    expect(choice).toMatchObject({ kind: 'csv' });
    expect((choice as Extract<SourceChoice, { kind: 'csv' }>).files.map((f) => f.name)).toEqual(
      files.map((f) => f.name),
    );
    act(() => progress?.(0.25, 'Reading 2017-09-kent-street.csv'));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.25');
    expect(screen.getByText('Reading 2017-09-kent-street.csv')).toBeTruthy();
    await act(async () =>
      pending.resolve({
        ...SAMPLE,
        label: 'police.uk street-level data, retrieved 12 Jan 2018',
        warnings: ['2017-09-kent-street.csv line 14: no LSOA, skipped.'],
      }),
    );
    expect(await screen.findByText('Using: police.uk street-level data, retrieved 12 Jan 2018')).toBeTruthy();
    expect(screen.getByText('2017-09-kent-street.csv line 14: no LSOA, skipped.')).toBeTruthy();
  });

  it('a long import can be stopped: the engine is told, and the view says it stopped', async () => {
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const pending = deferred<LoadedSource>();
    const actions = stubActions({
      loadSource: jest
        .fn()
        .mockResolvedValueOnce(SAMPLE)
        .mockImplementationOnce((_choice, _onProgress, given?: AbortSignal) => {
          signal = given;
          given?.addEventListener('abort', () =>
            pending.reject(new ReportError('data-cancelled', 'Stopped: the files were not read.')),
          );
          return pending.promise;
        }),
    });
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    await user.click(screen.getByRole('radio', { name: 'police.uk CSV files' }));
    await user.upload(screen.getByLabelText(/Street-level CSV files/), [
      new File(['x'], '2017-10-kent-street.csv', { type: 'text/csv' }),
    ]);
    await user.click(button('Import file'));
    await user.click(button('Stop'));
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText('2017-10-kent-street.csv could not be loaded')).toBeTruthy();
    expect(
      screen.getByText(/^Stopped: the files were not read\. Nothing else changed/, {
        selector: '.fui-MessageBarBody',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Using: Synthetic sample data/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('asks before overwriting a region changed by hand, and overwrites only when told to', async () => {
    const user = userEvent.setup();
    const refresh = jest.fn().mockResolvedValue({
      outcomes: [
        { id: '1', title: 'Table 1: Recorded crime', status: 'unchanged', changes: [] },
        { id: '2', title: 'Table 2: Recorded crime', status: 'skipped-edited', changes: [] },
      ],
      // Skipped: still edited.
      regions: [region('1', 'fresh'), region('2', 'edited')],
      notAsWritten: [],
    });
    const actions = stubActions({
      regions: jest.fn().mockResolvedValue([region('1', 'fresh'), region('2', 'edited')]),
      refresh,
    });
    renderView(actions);
    await user.click(await screen.findByRole('button', { name: 'Refresh Table 2: Recorded crime' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Overwrite changes made by hand?' });
    expect(within(dialog).getByText('Table 2: Recorded crime')).toBeTruthy();
    expect(refresh).not.toHaveBeenCalled();
    // Only the edited region was asked for: there are no others to refresh instead.
    expect(within(dialog).queryByRole('button', { name: 'Refresh the others only' })).toBeNull();
    // Focus goes to the question; Escape cancels.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Overwrite my changes' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Refresh Table 2: Recorded crime' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(refresh).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Refresh all (2)' }));
    const again = await screen.findByRole('alertdialog');
    await user.click(within(again).getByRole('button', { name: 'Refresh the others only' }));
    expect(refresh).toHaveBeenLastCalledWith(null, [], expect.any(Function));

    await user.click(screen.getByRole('button', { name: 'Refresh Table 2: Recorded crime' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Overwrite my changes' }),
    );
    expect(refresh).toHaveBeenLastCalledWith(['2'], ['2'], expect.any(Function));
  });

  it('orphaned regions: a deleted region can be inserted again or forgotten; a control without its record only removed', async () => {
    const user = userEvent.setup();
    const actions = stubActions({
      regions: jest
        .fn()
        .mockResolvedValue([
          region('9', 'orphaned', { detail: 'Its content control was deleted.', orphan: 'no-control' }),
        ]),
      repair: jest.fn().mockResolvedValue({ regions: [region('9', 'fresh')], notAsWritten: [] }),
    });
    renderView(actions);
    expect(await screen.findByText('Link broken')).toBeTruthy();
    expect(screen.getByText('Its content control was deleted.')).toBeTruthy();
    await user.click(button('Insert Table 9: Recorded crime again at the cursor'));
    expect(actions.repair).toHaveBeenCalledWith('9');
    expect(await screen.findByText('Up to date')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove Table 9/ })).toBeNull();
  });

  it('a control whose record is gone offers Remove only', async () => {
    const user = userEvent.setup();
    const actions = stubActions({
      regions: jest.fn().mockResolvedValue([region('7', 'orphaned', { orphan: 'no-record' })]),
    });
    renderView(actions);
    await user.click(await screen.findByRole('button', { name: 'Remove Table 7: Recorded crime' }));
    expect(actions.remove).toHaveBeenCalledWith('7');
    expect(screen.queryByRole('button', { name: /again/ })).toBeNull();
    expect(await screen.findByText(/This report has no live regions yet/)).toBeTruthy();
  });

  it('a failed preview says why and offers no insert', async () => {
    const user = userEvent.setup();
    const actions = stubActions({
      preview: jest
        .fn()
        .mockRejectedValue(new ReportError('period-out-of-range', 'The data has no months before Jan 2016.')),
    });
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    await user.click(button('Preview'));
    expect(
      await screen.findByText('The data has no months before Jan 2016.', { selector: '.fui-MessageBarBody' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert at cursor' })).toBeNull();
  });

  it('every control can be reached and used from the keyboard', async () => {
    const user = userEvent.setup();
    const actions = stubActions();
    renderView(actions);
    await screen.findByText(/Using: Synthetic sample data/);
    button('Preview').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('table')).toBeTruthy();
    button('Insert at cursor').focus();
    await user.keyboard(' ');
    expect(actions.insert).toHaveBeenCalledTimes(1);
  });

  it('has no accessibility violations axe can find without a layout (preview, regions, question, diff)', async () => {
    const user = userEvent.setup();
    const actions = stubActions({
      regions: jest
        .fn()
        .mockResolvedValue([region('1', 'edited'), region('2', 'orphaned', { orphan: 'no-control' })]),
      refresh: jest.fn().mockResolvedValue({
        outcomes: [
          {
            id: '1',
            title: 'Table 1: Recorded crime',
            status: 'changed',
            changes: [{ where: 'Burglary, count', from: '1,234', to: '1,240' }],
          },
        ],
        regions: [region('1', 'fresh'), region('2', 'orphaned', { orphan: 'no-control' })],
        notAsWritten: [],
      }),
    });
    // Colour contrast needs a real layout (checked in Chromium by the workspace tests).
    const violations = async () => {
      const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
      const tabsterGuard = (html: string) => /^<i [^>]*data-tabster-dummy/.test(html);
      return result.violations
        .map((v) => ({
          id: v.id,
          nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && tabsterGuard(n.html))),
        }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`);
    };
    renderView(actions);
    await previewShown(user);
    await user.click(screen.getByRole('button', { name: 'Refresh Table 1: Recorded crime' }));
    await screen.findByRole('alertdialog');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Overwrite my changes' }));
    await screen.findByRole('heading', { name: 'What changed' });
    expect(await violations()).toEqual([]);
  });
});
