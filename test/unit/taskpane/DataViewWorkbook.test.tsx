/** @jest-environment jsdom */
/**
 * The Data view with a partner's workbook as the source, with its real actions (the workbook
 * reader, the spreadsheet elements, the use cases) over the .docx host holding a real committee
 * report: the sheet and cells pickers, a preview with the workbook's shown values, insert, a bad
 * workbook refused with nothing written, and "Refresh from file…" with a later copy of the
 * workbook listing each changed cell.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { createDataActions } from '../../../src/taskpane/views/data/data-actions-impl';
import { DataView } from '../../../src/taskpane/views/data/DataView';
import { nodeCatalogue } from '../../support/elements';
import { pickedFile } from '../../support/picked-file';

// The chart engine copies its spec with structuredClone, which every browser and Node have but
// jest's jsdom environment does not expose: Node's own, by its serializer.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

// jsdom has a canvas element but no drawing: vega then measures text as it does in Node (no
// canvas), instead of jsdom printing "not implemented".
HTMLCanvasElement.prototype.getContext = () => null;

const REPORT = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');
const SHEETS = join(__dirname, '../../fixtures/spreadsheets');

/** A workbook fixture picked in the pane, under its own name or another. */
const picked = (fixture: string, name = fixture): File => pickedFile(join(SHEETS, fixture), name);

function renderOnDocx() {
  const host = new DocxReportHost(new Uint8Array(readFileSync(REPORT)), 'complete.docx');
  // Charts drawn as the command line draws them (jsdom has no canvas); the preview shows alt text.
  const actions = createDataActions(host, {
    elements: nodeCatalogue(),
    chartPicture: null,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataView actions={actions} />
    </FluentProvider>,
  );
  return host;
}

const messageBar = (text: RegExp) =>
  screen.findByText(text, { selector: '.fui-MessageBarBody' }, { timeout: 10000 });

async function openWorkbook(user: ReturnType<typeof userEvent.setup>, file: File) {
  await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 });
  await user.click(screen.getByRole('radio', { name: 'Spreadsheet (.xlsx, .ods)' }));
  await user.upload(screen.getByLabelText(/A partner’s workbook/), file);
  expect(screen.getByText(`Chosen: ${file.name}`)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Open workbook' }));
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.textContent ?? ''));

test('a workbook table: sheet and used range, preview as Word gets it, insert, refresh from a later copy', async () => {
  const user = userEvent.setup();
  const host = renderOnDocx();
  await openWorkbook(user, picked('fires.xlsx'));
  expect(await screen.findByText(/^Using: fires\.xlsx/, {}, { timeout: 10000 })).toBeTruthy();

  // The spreadsheet elements are offered, the crime-data fields are not.
  const element = screen.getByRole('combobox', { name: 'Element' });
  expect(element.textContent).toBe('Table from a spreadsheet (.xlsx, .ods)');
  expect(screen.queryByRole('combobox', { name: 'Area' })).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Cells' }).textContent).toMatch(/^Used range \(A1:/);

  await user.click(screen.getByRole('button', { name: 'Preview' }));
  const table = await screen.findByRole('table', {}, { timeout: 10000 });
  const previewRows = rowsOf(table);
  // The header row first, the values as the workbook shows them; the hidden row left out.
  expect(previewRows[0]![0]).toBe('Ward');
  expect(previewRows.some((r) => r.includes('1,302'))).toBe(true);
  expect(previewRows.flat()).not.toContain('Hidden ward');

  await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
  await messageBar(/Inserted Table from a spreadsheet/);
  const snapshot = await host.readSnapshot();
  const control = snapshot.contentControls.find((c) => c.tag?.startsWith('cr:live:spreadsheet-table'));
  expect(control).toBeDefined();
  // Its line in the list says which file and day it was read, not a period.
  expect(await screen.findByText(/^As read from fires\.xlsx on \d{4}-\d{2}-\d{2}; refresh it/)).toBeTruthy();

  // Back to the sample: the workbook opened stays, so "Refresh all" still reaches its table.
  await user.click(screen.getByRole('radio', { name: /Bundled sample/ }));
  await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 });
  await user.click(screen.getByRole('button', { name: /^Refresh all/ }));
  await messageBar(/Refreshed 1 region: 0 updated, 1 unchanged\./);

  // Another workbook: nothing in the report comes from it, and the pane says which files do.
  await user.upload(screen.getByLabelText('Workbook to refresh from'), picked('plain.xlsx'));
  await messageBar(
    /No table or chart in this report comes from plain\.xlsx: they come from fires\.xlsx \(tables are matched to workbooks by file name\)\. If plain\.xlsx is a newer copy of fires\.xlsx, save or rename it as fires\.xlsx and choose it again\./,
  );

  // A year later: the same file name, new figures.
  await user.upload(screen.getByLabelText('Workbook to refresh from'), picked('fires-v2.xlsx', 'fires.xlsx'));
  await messageBar(/Refreshed 1 region: 1 updated/);
  // What changed: each cell by its row and column header, and the row added.
  const diff = screen.getByRole('table', { name: /— Updated$/ });
  expect(rowsOf(diff).slice(1)).toEqual([
    ['Row Park Wood', '—', 'added'],
    ['Bearsted, Deliberate fires 2024-25', '1,302', '1,330'],
    ['Bearsted, Change', '68.00', '96.00'],
    ['Shepway North, Deliberate fires 2024-25', '12', '15'],
    ['Shepway North, Change', '12.00', '15.00'],
  ]);
});

test('the Excel table FireTable and a typed A1 range; a range that is not one is refused plainly', async () => {
  const user = userEvent.setup();
  renderOnDocx();
  await openWorkbook(user, picked('fires.xlsx'));
  await screen.findByText(/^Using: fires\.xlsx/, {}, { timeout: 10000 });

  await user.click(screen.getByRole('combobox', { name: 'Cells' }));
  await user.click(screen.getByRole('option', { name: /Excel table FireTable/ }));
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  const table = await screen.findByRole('table', {}, { timeout: 10000 });
  expect(rowsOf(table).length).toBe(3);

  await user.click(screen.getByRole('combobox', { name: 'Cells' }));
  await user.click(screen.getByRole('option', { name: /Cells I type/ }));
  expect(screen.queryByRole('table')).toBeNull();
  const range = screen.getByRole('textbox', { name: /Range/ });
  await user.type(range, 'A1:B3');
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  const typed = await screen.findByRole('table', {}, { timeout: 10000 });
  expect(rowsOf(typed).map((r) => r.length)).toEqual([2, 2, 2]);

  await user.clear(range);
  await user.type(range, 'A1-B3');
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  expect(await screen.findByText('No preview', {}, { timeout: 10000 })).toBeTruthy();
  expect(screen.getByText(/is not a range of cells/, { selector: '.fui-MessageBarBody' })).toBeTruthy();
});

test('a password-protected workbook: the reader says so, the sample stays in use, the report is unchanged', async () => {
  const user = userEvent.setup();
  const host = renderOnDocx();
  const before = host.bytes;
  await openWorkbook(user, picked('password.xlsx'));
  expect(await screen.findByText('password.xlsx could not be loaded', {}, { timeout: 10000 })).toBeTruthy();
  expect(screen.getByText(/password/i, { selector: '.fui-MessageBarBody' })).toBeTruthy();
  // The sample loaded before is still the source: its crime-data fields are offered, nothing to load again.
  expect(screen.getByText('Using: Synthetic sample data — not real figures')).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Area' })).toBeTruthy();
  // The radio is back on the sample in use, with keyboard focus; the workbook panel has gone.
  const sampleRadio = screen.getByRole<HTMLInputElement>('radio', { name: /Bundled sample/ });
  expect(sampleRadio.checked).toBe(true);
  expect(document.activeElement).toBe(sampleRadio);
  expect(screen.queryByRole('button', { name: 'Open workbook' })).toBeNull();
  expect(host.bytes).toBe(before);
});

test('a damaged workbook after a good one: the good one stays open, with its cells and preview', async () => {
  const user = userEvent.setup();
  renderOnDocx();
  await openWorkbook(user, picked('fires.xlsx'));
  await screen.findByText(/^Using: fires\.xlsx/, {}, { timeout: 10000 });
  await user.click(screen.getByRole('combobox', { name: 'Cells' }));
  await user.click(screen.getByRole('option', { name: /Excel table FireTable/ }));
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  expect(rowsOf(await screen.findByRole('table', {}, { timeout: 10000 })).length).toBe(3);

  await user.upload(screen.getByLabelText(/A partner’s workbook/), picked('missing-bits.xlsx'));
  await user.click(screen.getByRole('button', { name: 'Open workbook' }));
  expect(
    await screen.findByText('missing-bits.xlsx could not be loaded', {}, { timeout: 10000 }),
  ).toBeTruthy();
  // Nothing else lost: fires.xlsx, the table chosen and its preview are as they were.
  expect(screen.getByText(/^Using: fires\.xlsx/)).toBeTruthy();
  // The picker shows the workbook in use, not the one refused (named only in the error bar).
  expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Spreadsheet (.xlsx, .ods)' }).checked).toBe(
    true,
  );
  // The picker puts the kept workbook back in the render after the error (an effect): wait for it.
  expect(await screen.findByText('Chosen: fires.xlsx', {}, { timeout: 10000 })).toBeTruthy();
  expect(screen.queryByText('Chosen: missing-bits.xlsx')).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Cells' }).textContent).toMatch(/Excel table FireTable/);
  expect(rowsOf(screen.getByRole('table')).length).toBe(3);
  // And it still previews from the workbook kept.
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  expect(rowsOf(await screen.findByRole('table', {}, { timeout: 10000 }))[2]).toEqual([
    'High Street',
    '40',
    '31',
  ]);
});

test('a typed range outside the sheet’s cells is refused, naming the cells it uses', async () => {
  const user = userEvent.setup();
  renderOnDocx();
  await openWorkbook(user, picked('fires.xlsx'));
  await screen.findByText(/^Using: fires\.xlsx/, {}, { timeout: 10000 });
  await user.click(screen.getByRole('combobox', { name: 'Cells' }));
  await user.click(screen.getByRole('option', { name: /Cells I type/ }));
  await user.type(screen.getByRole('textbox', { name: /Range/ }), 'Z900:AB910');
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  expect(await screen.findByText('No preview', {}, { timeout: 10000 })).toBeTruthy();
  expect(
    screen.getByText(
      /Fires!Z900:AB910 in fires\.xlsx is outside the cells the sheet "Fires" uses \(A1:G6\)/,
      {
        selector: '.fui-MessageBarBody',
      },
    ),
  ).toBeTruthy();
  expect(screen.queryByRole('table')).toBeNull();
});

test.each([
  [
    'plain.xls',
    /old Excel 97–2003 \(\.xls\) workbook\. Open it in Excel or LibreOffice Calc and save it as \.xlsx/,
  ],
  ['chart-sheet.xlsx', null],
])('%s: opened or refused in the reader’s words', async (fixture, refused) => {
  const user = userEvent.setup();
  renderOnDocx();
  await openWorkbook(user, picked(fixture));
  if (refused) {
    expect(await screen.findByText(`${fixture} could not be loaded`, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(refused, { selector: '.fui-MessageBarBody' })).toBeTruthy();
  } else {
    // Chart sheets hold no cells: only the worksheets are offered.
    await screen.findByText(new RegExp(`^Using: ${fixture.replace('.', '\\.')}`), {}, { timeout: 10000 });
    await user.click(screen.getByRole('combobox', { name: 'Sheet' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Sheet1 (A1:D7)']);
  }
});

test('a line chart from a typed range: its preview says what it shows, and it is inserted as a picture', async () => {
  const user = userEvent.setup();
  const host = renderOnDocx();
  await openWorkbook(user, picked('fires.xlsx'));
  await screen.findByText(/^Using: fires\.xlsx/, {}, { timeout: 10000 });
  await user.click(screen.getByRole('combobox', { name: 'Element' }));
  await user.click(screen.getByRole('option', { name: /Chart from a spreadsheet/ }));
  await user.click(screen.getByRole('combobox', { name: 'Chart' }));
  await user.click(screen.getByRole('option', { name: 'Line chart' }));
  await user.click(screen.getByRole('combobox', { name: 'Cells' }));
  await user.click(screen.getByRole('option', { name: /Cells I type/ }));
  await user.type(screen.getByRole('textbox', { name: /Range/ }), 'A1:C5');
  await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Deliberate fires by ward');
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  // No picture in jsdom: the preview shows the chart's generated description (its alt text).
  expect(
    await screen.findByText(
      /Line chart of Deliberate fires 2023-24, Deliberate fires 2024-25 by ward/,
      {},
      { timeout: 10000 },
    ),
  ).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
  await messageBar(/Inserted Chart from a spreadsheet/);
  const snapshot = await host.readSnapshot();
  const picture = snapshot.pictures.find((p) => p.title === 'Deliberate fires by ward');
  expect(picture?.altText).toContain('Line chart of Deliberate fires 2023-24');
  expect(picture?.altText).toContain('highest Bearsted 1,302');
});

test('a LibreOffice .ods workbook previews the same table as its .xlsx twin', async () => {
  const user = userEvent.setup();
  renderOnDocx();
  await openWorkbook(user, picked('fires.ods'));
  await screen.findByText(/^Using: fires\.ods/, {}, { timeout: 10000 });
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  const rows = rowsOf(await screen.findByRole('table', {}, { timeout: 10000 }));
  expect(rows[0]![0]).toBe('Ward');
  expect(rows.find((r) => r[0] === 'Bearsted')?.slice(1, 3)).toEqual(['1,234', '1,302']);
  expect(rows.flat()).not.toContain('Hidden ward');
});
