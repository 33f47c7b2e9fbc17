/** Small police.uk street-level CSV files for the browser tests, and importing them in the Data view. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * One file a month for Maidstone from October 2023: 24 months to September 2025, or 25 when
 * police.uk has published October 2025 too.
 */
export function policeCsvFiles(folder: string, count: number): string[] {
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const types = ['Burglary', 'Shoplifting', 'Vehicle crime', 'Violence and sexual offences'];
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2023 * 12 + 9 + i; // from 2023-10
    const month = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    const rows = types.flatMap((type, t) =>
      Array.from({ length: 2 + ((i * 7 + t) % 5) }, (_, r) =>
        [
          `id-${month}-${t}-${r}`,
          month,
          'Kent Police',
          'Kent Police',
          '0.52',
          '51.27',
          'On or near High Street',
          'E01024001',
          'Maidstone 001A',
          type,
          'Under investigation',
          '',
        ].join(','),
      ),
    );
    const file = join(folder, `${month}-kent-street.csv`);
    writeFileSync(file, [header, ...rows].join('\n') + '\n');
    files.push(file);
  }
  return files;
}

/** Chooses "police.uk CSV files" in the Data view, picks the files and imports them. */
export async function importPoliceCsv(page: Page, files: string[]): Promise<void> {
  await page.getByRole('radio', { name: 'police.uk CSV files' }).check();
  await page.getByLabel(/Street-level CSV files downloaded from police\.uk/).setInputFiles(files);
  await page.getByRole('button', { name: /^Import (\d+ files|file)$/ }).click();
  const loaded = page.getByText(/^Using: police\.uk street-level data/);
  // "The data could not be loaded", or "<file> could not be loaded" above the source kept in use.
  const failed = page.getByText(/could not be loaded$/);
  await loaded.or(failed).first().waitFor();
  if (await failed.isVisible()) {
    throw new Error(`The CSV files were refused: ${await page.locator('.fui-MessageBar').allTextContents()}`);
  }
}
