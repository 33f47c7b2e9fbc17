/**
 * Region content for host tests: a live table as the elements render it (caption, accessible
 * table, source line), and a one-sentence figure.
 */
import {
  tableBlock,
  type RegionContent,
  type TableColumn,
  type TableRow,
} from '../../src/core/content/blocks';
import type { LiveRegionSpec } from '../../src/core/state/region-spec';
import * as renderBlocks from '../../src/ooxml/render-blocks';

export interface TestTable {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  source: string;
  /** Default: a sentence naming the columns and the number of rows. */
  description?: string;
  number?: number;
}

export function tableContent(table: TestTable): RegionContent {
  const rows = table.rows.length;
  const description =
    table.description ??
    `${rows} ${rows === 1 ? 'row' : 'rows'} with the columns ${table.columns.map((c) => c.header).join(', ')}. Source: ${table.source}`;
  return {
    blocks: [
      { kind: 'caption', label: 'Table', number: table.number ?? 1, text: table.caption },
      tableBlock({ title: table.caption, description, columns: table.columns, rows: table.rows }),
      { kind: 'source', text: table.source },
    ],
  };
}

export function sentenceContent(text: string): RegionContent {
  return { blocks: [{ kind: 'paragraph', runs: text }] };
}

/**
 * Content Word refuses when it is sent: the renderer is made to give markup Word will not insert
 * (a table with no rows) for this content only, since blocks never render to such markup. For the
 * tests of what a host does when Word refuses a payload. Once per test; `jest.restoreAllMocks()`
 * after it.
 */
export function contentWordRefuses(): RegionContent {
  const refused: RegionContent = { blocks: [{ kind: 'paragraph', runs: 'Word refuses this' }] };
  const render = renderBlocks.renderRegionContent;
  jest
    .spyOn(renderBlocks, 'renderRegionContent')
    .mockImplementation((content) =>
      content === refused ? { xml: '<w:tbl/>', pictures: [], styles: [] } : render(content),
    );
  return refused;
}

/**
 * A live region's record as the state part keeps it: the crime table of the sample for Maidstone,
 * refreshed on 12 January 2018; what a test cares about is given in `overrides`.
 */
export function regionSpec(overrides: Partial<LiveRegionSpec> & { id: string }): LiveRegionSpec {
  return {
    element: 'crime-by-category-yoy',
    source: 'sample',
    area: 'Maidstone',
    periodEnd: '2017-10',
    refreshedAt: '2018-01-12T09:30:00Z',
    valuesHash: 'abc123',
    options: {},
    ...overrides,
  };
}
