/** @jest-environment jsdom */
/**
 * The Data view with CSV files that cannot be loaded, with its real actions (the police.uk CSV
 * reader, the live elements, the use cases) over the .docx host holding a real committee report:
 * a file that is not police.uk data, and one with the header but no crimes, each leave the source
 * already in use (its area, element and preview) and say what failed.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { createDataActions } from '../../../src/taskpane/views/data/data-actions-impl';
import { DataView } from '../../../src/taskpane/views/data/DataView';
import { nodeCatalogue } from '../../support/elements';
import { pickedFile } from '../../support/picked-file';

const REPORT = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');
const CSV = join(__dirname, '../../fixtures/csv');

function renderOnDocx(): DocxReportHost {
  const host = new DocxReportHost(new Uint8Array(readFileSync(REPORT)), 'complete.docx');
  const actions = createDataActions(host, { elements: nodeCatalogue(), chartPicture: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataView actions={actions} />
    </FluentProvider>,
  );
  return host;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th,td')).map((cell) => cell.textContent ?? ''));

test.each([
  ['not police.uk data', 'ward-incidents.csv', /police\.uk/],
  ['police.uk columns but no crimes', '2024-07-kent-street.csv', /This file has no crimes in it/],
])(
  'a CSV file with %s: the sample, its area and preview stay in use, and the pane says why',
  async (_, name, why) => {
    const user = userEvent.setup();
    const host = renderOnDocx();
    const before = host.bytes;
    await screen.findByText('Using: Synthetic sample data — not real figures', {}, { timeout: 10000 });
    // Another area than the report's own, so keeping it is not the default coming back.
    await user.click(screen.getByRole('combobox', { name: 'Area' }));
    const other = screen.getAllByRole('option').find((o) => o.textContent !== 'Maidstone')!;
    const area = other.textContent;
    await user.click(other);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const previewRows = rowsOf(await screen.findByRole('table', {}, { timeout: 10000 }));

    await user.click(screen.getByRole('radio', { name: 'police.uk CSV files' }));
    await user.upload(screen.getByLabelText(/Street-level CSV files/), pickedFile(join(CSV, name), name));
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    expect(await screen.findByText(`${name} could not be loaded`, {}, { timeout: 10000 })).toBeTruthy();
    const bar = screen.getByText(/the data below is still in use/, { selector: '.fui-MessageBarBody' });
    expect(bar.textContent).toMatch(why);
    expect(
      screen.getByText(`${name} could not be loaded. `, { exact: false, selector: '[aria-live]' }),
    ).toBeTruthy();
    expect(screen.getByText('Using: Synthetic sample data — not real figures')).toBeTruthy();
    // The radio says what is in use, the sample, and keyboard focus is on it (the Import button
    // went with the CSV panel); only the error bar speaks of the file refused.
    const sampleRadio = screen.getByRole<HTMLInputElement>('radio', { name: /Bundled sample/ });
    expect(sampleRadio.checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'police.uk CSV files' }).checked).toBe(false);
    expect(document.activeElement).toBe(sampleRadio);
    expect(screen.queryByRole('button', { name: 'Import file' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Area' }).textContent).toBe(area);
    expect(rowsOf(screen.getByRole('table'))).toEqual(previewRows);
    // The actions kept the sample too: a new preview of it is the same table.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table', {}, { timeout: 10000 });
    expect(rowsOf(screen.getByRole('table'))).toEqual(previewRows);
    expect(host.bytes).toBe(before);
    // Going back to the CSV files starts again: the refused file is not offered to import again.
    await user.click(screen.getByRole('radio', { name: 'police.uk CSV files' }));
    expect(screen.getByText('No files chosen yet.')).toBeTruthy();
  },
);
