/**
 * The visible text of content blocks, computed from the blocks (no markup): what the region hash
 * is taken over. The markup-side proof (same hash as the rendered XML's text) is in
 * test/unit/ooxml/render-blocks.test.ts.
 */
import { tableBlock, type ContentBlock } from '../../../../src/core/content/blocks';
import { contentText } from '../../../../src/core/content/text';

test('reads as the document shows it: caption with its number, header and cells, source line', () => {
  const blocks: ContentBlock[] = [
    { kind: 'caption', label: 'Table', number: 2.7, text: 'Fires' },
    tableBlock({
      title: 'Fires',
      description: 'Fires by ward',
      columns: [
        { header: 'Ward', align: 'left' },
        { header: 'Fires', align: 'right' },
      ],
      rows: [
        { cells: ['High Street', '12'] },
        { cells: ['Total (both wards)', 'under the merge'], spans: [{ columns: 2 }, { columns: 0 }] },
      ],
    }),
    { kind: 'source', text: 'fires.xlsx' },
  ];
  expect(contentText(blocks).split('\n')).toEqual([
    'Table 2: Fires',
    'Ward',
    'Fires',
    'High Street',
    '12',
    'Total (both wards)',
    'Source: fires.xlsx',
  ]);
});

test('leaves out the characters never written, and a caption numbered below 1 shows 1', () => {
  const blocks: ContentBlock[] = [
    { kind: 'paragraph', runs: [{ text: 'Kent\u0001 ', bold: true }, { text: '\u202ePolice' }] },
    { kind: 'caption', label: 'Figure', number: 0, text: 'Trend' },
  ];
  expect(contentText(blocks)).toBe('Kent Police\nFigure 1: Trend');
});

test('refuses a table it could not write', () => {
  expect(() => tableBlock({ title: 't', description: 'd', columns: [], rows: [] })).toThrow(
    /at least one column/,
  );
  expect(() =>
    tableBlock({
      title: 't',
      description: 'd',
      columns: [{ header: 'A', align: 'left' }],
      rows: [{ cells: ['1', '2'] }],
    }),
  ).toThrow(/Row 1 has more cells/);
});
