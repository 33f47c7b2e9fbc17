/**
 * core/live: live elements (named pure queries over a crime data set, with a neutral rendering
 * model), the registry other modules add elements to, en-GB formatting and period labels, and the
 * live regions' status and refresh diff. Pure: no host, no Office.js, DOM or Node APIs.
 *
 * Importing this module registers the built-in elements (see elements/index.ts).
 */
import { registerBuiltInElements } from './elements';

registerBuiltInElements();

export { registerBuiltInElements } from './elements';
export { renderTableOrFigure } from './blocks';
export * from './format';
export { controlTitle, MAX_CONTROL_TITLE, newRegionId } from './ids';
export type {
  ElementKind,
  LabelledValue,
  LiveElement,
  LiveElementInput,
  LiveRendering,
  LiveTable,
  LiveTableColumn,
  LiveTableRow,
  RenderContext,
  RenderServices,
} from './model';
export { contentHash, normalisedRegionText, valuesHash } from './region-text';
export { diffFigures, liveRegions, NO_VALUE, readDocumentState, staleness } from './regions';
export type {
  DocumentState,
  FigureChange,
  OrphanKind,
  RegionInfo,
  RegionStatus,
  StatusOptions,
} from './regions';
export {
  findElement,
  listElements,
  registerElement,
  registerElementFamily,
  unregisterElement,
} from './registry';
export type { ElementFamily, ElementSummary } from './registry';
