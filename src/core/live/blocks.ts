/**
 * The neutral models as content blocks: a table as its numbered caption, the accessible table and
 * its source line; a figure as one sentence. The hosts render the blocks (ooxml/render-blocks.ts).
 */
import { tableBlock, type RegionContent } from '../content/blocks';
import type { LiveRendering, RenderContext } from './model';

export function renderTableOrFigure(rendering: LiveRendering, context: RenderContext): RegionContent {
  if (rendering.kind === 'table') {
    const { table } = rendering;
    return {
      blocks: [
        { kind: 'caption', label: 'Table', number: context.tableNumber, text: table.caption },
        tableBlock({
          title: table.caption,
          description: table.description,
          columns: table.columns,
          rows: table.rows,
        }),
        { kind: 'source', text: table.source },
      ],
    };
  }
  if (rendering.kind === 'figure') return { blocks: [{ kind: 'paragraph', runs: rendering.text }] };
  throw new RangeError(`A ${rendering.kind} is rendered by its own element, not as a table or figure.`);
}
