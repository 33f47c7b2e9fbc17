/** Computing a region: the element's rendering from the data, its content and its text hash. */
import type { Month } from '../../core/data/months';
import {
  contentHash,
  diffFigures,
  type FigureChange,
  type LiveElement,
  type LiveRendering,
} from '../../core/live';
import type { RegionContent } from '../../core/content/blocks';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import type { CaptionNumbers } from './place';
import type { LiveData } from './source';

export interface Computed {
  rendering: LiveRendering;
  content: RegionContent;
  hash: string;
}

export async function computeRegion(
  element: LiveElement,
  live: LiveData,
  spec: { area: string; periodEnd: Month; options: Record<string, string> },
  numbers: CaptionNumbers,
  now?: Date,
): Promise<Computed> {
  const rendering = element.compute({
    data: live.data,
    population: live.population,
    area: spec.area,
    periodEnd: spec.periodEnd,
    options: spec.options,
    ...(live.workbooks ? { workbooks: live.workbooks } : {}),
    ...(now ? { now } : {}),
  });
  const content = restartCaptions(
    await element.render(rendering, { tableNumber: numbers.tableNumber, figureNumber: numbers.figureNumber }),
    numbers,
  );
  return { rendering, content, hash: contentHash(content) };
}

/** The region's first caption of a kind resets its SEQ field when the number needs it (place.ts). */
function restartCaptions(content: RegionContent, numbers: CaptionNumbers): RegionContent {
  if (!numbers.tableRestart && !numbers.figureRestart) return content;
  const done = new Set<string>();
  const blocks = content.blocks.map((block) => {
    if (block.kind !== 'caption' || done.has(block.label)) return block;
    done.add(block.label);
    const restart = block.label === 'Table' ? numbers.tableRestart : numbers.figureRestart;
    const number = block.label === 'Table' ? numbers.tableNumber : numbers.figureNumber;
    return restart && block.number === number ? { ...block, restart: true } : block;
  });
  return { ...content, blocks };
}

/** The changes between a region's last figures and its new ones, as the element words them. */
export function changesOf(
  element: LiveElement,
  before: LiveRegionSpec['values'],
  after: LiveRendering['figures'],
): FigureChange[] {
  if (before === undefined) return [];
  return element.diff ? element.diff(before, after) : diffFigures(before, after);
}

/** The day a workbook region's figures were read, kept in its spec while they stay the same. */
export const READ_ON = 'readOn';
