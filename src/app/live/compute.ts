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
  numbers: { tableNumber: number; figureNumber: number },
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
  const content = await element.render(rendering, numbers);
  return { rendering, content, hash: contentHash(content) };
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
