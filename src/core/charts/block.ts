/**
 * A rendered chart as content blocks for a live region: "Figure N: title", the PNG inline with
 * its alt text (title + generated description), and the source line. The hosts render the blocks.
 */
import type { RegionContent } from '../content/blocks';
import type { LiveRendering, RenderContext } from '../live/model';
import type { ChartModel } from './model';
import { PICTURE_WIDTH_INCHES } from './theme';

/** The picture a ChartRenderer makes of a model: PNG bytes and their size in pixels. */
export interface ChartPicture {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** Renders a chart model to a picture: Node (resvg) and browser (canvas) provide one each. */
export type ChartRenderer = (model: ChartModel) => Promise<ChartPicture>;

export interface ChartBlockOptions {
  /** The live region's tag: the picture's drawing id is derived from it, stable across refreshes. */
  tag: string;
  /** Figure number shown until Word updates fields; default 1. */
  number?: number;
}

export function chartBlockContent(
  model: ChartModel,
  picture: ChartPicture,
  options: ChartBlockOptions,
): RegionContent {
  return {
    blocks: [
      { kind: 'caption', label: 'Figure', number: options.number ?? 1, text: model.title },
      {
        kind: 'picture',
        png: picture.png,
        widthPx: picture.widthPx,
        heightPx: picture.heightPx,
        widthInches: PICTURE_WIDTH_INCHES,
        name: `Chart ${model.kind}`,
        title: model.title,
        description: model.description,
        drawingKey: `${options.tag}#picture`,
      },
      { kind: 'source', text: model.source },
    ],
  };
}

/**
 * A chart element's render step: draws its model with the face's renderer (given to the chart
 * elements when the face builds its catalogue) and builds the region's caption, picture and source
 * line. `element` names the element in the drawing's fallback id, which must be unique in the
 * document (the region's tag when the use case gives it).
 */
export async function renderChartRegion(
  rendering: LiveRendering,
  context: RenderContext,
  element: string,
  renderer: ChartRenderer,
): Promise<RegionContent> {
  if (rendering.kind !== 'chart') throw new Error(`${element} cannot render a ${rendering.kind}.`);
  const model = rendering.model as ChartModel;
  const tag = (context as RenderContext & { tag?: string }).tag;
  return chartBlockContent(model, await renderer(model), {
    tag: tag ?? `${element}#${model.title}#${context.figureNumber}`,
    number: context.figureNumber,
  });
}
