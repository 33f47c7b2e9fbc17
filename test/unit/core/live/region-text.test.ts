/**
 * The region text hash across the caption change: table and chart regions now start with a
 * hidden, empty lead paragraph (REGION_LEAD_PARAGRAPH). A region written before it must still
 * hash the same, or every existing region would show as "changed by hand".
 */
import { valuesHash } from '../../../../src/core/live/region-text';
import { REGION_LEAD_PARAGRAPH } from '../../../../src/ooxml/content-control';
import type { DataTable } from '../../../../src/ooxml/table';
import { blockText } from '../../../support/block-text';
import { dataTableBlock } from '../../../support/reference-blocks';

const TABLE: DataTable = {
  caption: 'Recorded crime by category, Maidstone',
  columns: [
    { header: 'Crime type', align: 'left' },
    { header: 'Count', align: 'right' },
  ],
  rows: [{ cells: ['Burglary', '906'] }],
  source: 'Synthetic sample data — not real figures',
};

test('a region with the lead paragraph hashes as the same region without it', () => {
  const now = dataTableBlock(TABLE, { number: 2 });
  expect(now.startsWith(REGION_LEAD_PARAGRAPH)).toBe(true);
  const before = now.slice(REGION_LEAD_PARAGRAPH.length);
  expect(valuesHash(blockText(now))).toBe(valuesHash(blockText(before)));
  // The caption's field result counts, not its code; and a changed figure still shows.
  expect(blockText(now)).toContain('Table 2: Recorded crime by category, Maidstone');
  expect(blockText(now)).not.toContain('SEQ');
  const edited = now.replace('>906<', '>907<');
  expect(valuesHash(blockText(edited))).not.toBe(valuesHash(blockText(now)));
});
