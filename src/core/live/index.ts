/**
 * core/live: live elements (named pure queries over a crime data set, with a neutral rendering
 * model), the catalogue a face builds of them, en-GB formatting and period labels, and the
 * live regions' status and refresh diff. Pure: no host, no Office.js, DOM or Node APIs.
 */
export { builtInElements } from './elements';
export { PeriodIncompleteError } from './elements/common';
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
  howToRefreshFromWorkbook,
  workbookAgeDetail,
  workbookFileOf,
  renamedCopyOf,
  workbookNotGivenDetail,
} from './workbook-regions';
export { elementCatalogue } from './catalogue';
export type { ElementCatalogue, ElementFamily, ElementGroup, ElementSummary } from './catalogue';
