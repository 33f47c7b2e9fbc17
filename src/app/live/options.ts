/** What the live-region use cases are asked: the element and where, and the face's elements. */
import type { Month } from '../../core/data/months';
import type { ElementCatalogue, LiveRendering } from '../../core/live';
import type { ProgressListener, RegionNotAsWritten, RegionPlace } from '../../core/report/host';
import type { TemplateSpec } from '../../core/template/spec';
import type { LiveRegionSpec } from '../../core/state/region-spec';

export interface ElementRequest {
  element: string;
  /** Default: the report's district (see `defaultArea`). */
  area?: string;
  /** Default: the latest month in the source, and the region then follows new data on refresh. */
  periodEnd?: Month;
  options?: Record<string, string>;
  /** Default: made from the element's name. */
  id?: string;
}

/** A RegionPlace, or "at the end of this template section". */
export type InsertWhere = RegionPlace | { section: string; template: TemplateSpec };

export interface UseCaseOptions {
  /** The elements the face offers (built once in its composition root; charts with its renderer). */
  elements: ElementCatalogue;
  onProgress?: ProgressListener;
  /** Refresh time written in specs; default now. */
  now?: Date;
}

export interface InsertOutcome {
  id: string;
  tag: string;
  rendering: LiveRendering;
  spec: LiveRegionSpec;
  /**
   * The region when Word did not write it as sent (host.ts RegionWriteOutcome): it is in the
   * report with its record, to be looked at and refreshed. Empty when it was written as sent.
   */
  notAsWritten: RegionNotAsWritten[];
  /**
   * What to tell the author when typed "Figure N:"/"Table N:" captions are around the new one
   * (core/report/captions.ts): the region is in, numbered to follow on. Empty when all is well.
   */
  captionAdvice: string[];
}
