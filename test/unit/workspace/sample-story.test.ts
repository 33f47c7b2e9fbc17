/**
 * The workspace's sample report and the bundled sample data tell one story: the report goes to
 * committee after the data's last month, and the figures it quotes are the sample data's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewLiveElement, sampleSource } from '../../../src/app/live';
import { monthLabel } from '../../../src/core/live/format';
import { SAMPLE_END_MONTH } from '../../../src/core/data/sample';
import { readDocx } from '../../../src/docx/read/read-docx';
import { builtInCatalogue } from '../../support/elements';

const SAMPLE = join(__dirname, '../../../src/workspace/sample/strategic-assessment-sample.docx');

test('the sample report is dated after the sample data end, and quotes the same figures', async () => {
  const snapshot = readDocx(new Uint8Array(readFileSync(SAMPLE)), 'sample.docx');
  const texts = snapshot.paragraphs.map((p) => p.text);

  // The committee meets after the last month of data, and the report's year follows it.
  const meeting = texts
    .map((t) =>
      /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/.exec(
        t,
      ),
    )
    .find(Boolean)!;
  const meetingMonth = `${meeting[3]}-${String(new Date(`${meeting[2]} 1, 2000`).getMonth() + 1).padStart(2, '0')}`;
  expect(meetingMonth > SAMPLE_END_MONTH).toBe(true);
  expect(
    texts.some((t) =>
      t.includes(`${Number(meeting[3])}-${String(Number(meeting[3]) + 1).slice(2)} Safer Maidstone`),
    ),
  ).toBe(true);

  // Figure 1 in the report: the sample's year on year table, for the same categories.
  const live = await sampleSource().load();
  const rendering = previewLiveElement(
    builtInCatalogue(),
    live,
    { element: 'crime-by-category-yoy' },
    'Maidstone',
  );
  if (rendering.kind !== 'table') throw new Error('expected a table');
  const sampleRows = new Map(rendering.table.rows.map((row) => [row.cells[0], row.cells]));
  const figure = snapshot.tables.find((t) => t.rows[0]?.cells[0]?.text === 'Crime type')!;
  const header = figure.rows[0]!.cells.map((c) => c.text);
  expect(header[2]).toContain(monthLabel(SAMPLE_END_MONTH));
  expect(header.slice(1, 3)).toEqual(rendering.table.columns.slice(1, 3).map((c) => c.header));
  for (const row of figure.rows.slice(1)) {
    const [type, before, after] = row.cells.map((c) => c.text);
    const sample = sampleRows.get(type!);
    expect(sample).toBeDefined();
    expect([before, after]).toEqual([sample![1], sample![2]]);
  }
  // The total the text quotes, and its change.
  const total = sampleRows.get('Total recorded crime')!;
  const intro = texts.find((t) => t.includes('Total recorded crime in the borough'))!;
  expect(intro).toContain(total[2]);
  expect(intro).toContain(`${total[4]!.replace('+', '')} in the 12 months to ${monthName(SAMPLE_END_MONTH)}`);
});

function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
}
