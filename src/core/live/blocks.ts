/**
 * Rendering of the neutral models to block WordprocessingML, once, for both hosts: a table as
 * caption + accessible table + source line (`ooxml/table.ts`), a figure as one sentence.
 * Style ids are Word's built-in ones ("Caption", "TableGrid"); each host maps them to the
 * document's own when they differ. Every value is escaped by the builders.
 */
import { paragraph } from '../../ooxml/paragraph';
import { dataTableBlock } from '../../ooxml/table';
import type { BlockContent } from '../report/host';
import type { LiveRendering, RenderContext } from './model';

export function renderTableOrFigure(rendering: LiveRendering, context: RenderContext): BlockContent {
  if (rendering.kind === 'table') {
    const { table } = rendering;
    const xml = dataTableBlock(
      { caption: table.caption, columns: table.columns, rows: table.rows, source: table.source },
      { number: context.tableNumber, description: table.description },
    );
    return { xml, pictures: [] };
  }
  if (rendering.kind === 'figure') return { xml: paragraph({ runs: rendering.text }), pictures: [] };
  throw new RangeError(`A ${rendering.kind} is rendered by its own element, not as a table or figure.`);
}
