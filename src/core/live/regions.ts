/**
 * The document's live regions as the domain sees them: each content control tagged `cr:live:<id>`
 * paired with its spec in the state part, and its status.
 *
 * - fresh: control and spec agree and no newer data is known;
 * - stale: the source has a month after the region's period end (only for regions that follow
 *   the latest data, `period=latest`), or it was last refreshed longer ago than allowed;
 * - edited: the control's text is not what was last written (hash of the visible text with all
 *   whitespace removed, see region-text.ts): a refresh would overwrite someone's work;
 * - orphaned: a spec without its control ("no-control"), a control without its spec
 *   ("no-record"), or the same tag on several controls (copied and pasted, "duplicate-controls").
 */
import { liveRegionId, liveTag } from '../state/live-tag';
import type { LiveRegionSpec } from '../state/region-spec';
import type { DocumentState, ReportState } from '../state/report-state';
import { monthNumber, isMonth, type Month } from '../data/months';
import type { ContentControl, ReportSnapshot } from '../report/snapshot';
import { monthLabel } from './format';
import { valuesHash } from './region-text';
import type { FigureChange, LabelledValue } from './model';
import { workbookAgeDetail, workbookFileOf } from './workbook-regions';

export type RegionStatus = 'fresh' | 'stale' | 'edited' | 'orphaned';
export type OrphanKind = 'no-control' | 'no-record' | 'duplicate-controls';

export interface RegionInfo {
  id: string;
  tag: string;
  element: string;
  /** The first line of the region ("Table 1: Recorded crime …") or its element name. */
  title: string;
  status: RegionStatus;
  /** Why, in a sentence. */
  detail: string;
  orphan?: OrphanKind;
  spec: LiveRegionSpec | null;
  /** Controls with the tag, in document order (more than one only for duplicates). */
  controls: ContentControl[];
  /** First paragraph of the (first) control; null without one. */
  paragraph: number | null;
  /** The workbook its figures were read from (a spreadsheet table or chart); absent otherwise. */
  workbook?: string;
}

export interface StatusOptions {
  /** The latest month of the source the author is working with, when known. */
  latestMonth?: Month | null;
  /** With `maxAgeDays`: a region refreshed longer ago is stale. */
  now?: Date;
  maxAgeDays?: number;
}

export type { DocumentState } from '../state/report-state';

/**
 * The report's state as its host read it into the snapshot (an empty state when it has none, or
 * when its part is damaged: see `DocumentState.damaged`).
 */
export function readDocumentState(snapshot: ReportSnapshot): DocumentState {
  return snapshot.reportState;
}

function firstLine(control: ContentControl): string {
  const line = control.text.split(/[\r\n]/).find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 120);
}

/** Every live region of the document, in document order, then specs whose control is gone. */
export function liveRegions(
  snapshot: ReportSnapshot,
  options: StatusOptions = {},
  state?: ReportState,
): RegionInfo[] {
  const stored = readDocumentState(snapshot);
  const current = state ?? stored.state;
  const controlsById = new Map<string, ContentControl[]>();
  for (const control of snapshot.contentControls) {
    const id = liveRegionId(control.tag);
    if (id === null) continue;
    const list = controlsById.get(id) ?? [];
    list.push(control);
    controlsById.set(id, list);
  }
  const specs = new Map(current.regions.map((spec) => [spec.id, spec]));
  const regions: RegionInfo[] = [];
  for (const [id, controls] of controlsById) {
    regions.push(regionInfo(id, specs.get(id) ?? null, controls, options, stored.damaged));
    specs.delete(id);
  }
  regions.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
  for (const spec of specs.values()) regions.push(regionInfo(spec.id, spec, [], options, stored.damaged));
  return regions;
}

function regionInfo(
  id: string,
  spec: LiveRegionSpec | null,
  controls: ContentControl[],
  options: StatusOptions,
  /** The state part cannot be read: a control's record is unknown, not missing. */
  damaged: boolean,
): RegionInfo {
  const first = controls[0];
  const workbook = spec ? workbookFileOf(spec) : null;
  const base = {
    ...(workbook ? { workbook } : {}),
    id,
    tag: liveTag(id),
    element: spec?.element ?? '',
    title: (first ? firstLine(first) : '') || spec?.element || id,
    spec,
    controls,
    paragraph: first ? first.firstParagraph : null,
  };
  if (!first) {
    return {
      ...base,
      status: 'orphaned',
      orphan: 'no-control',
      detail: `The ${spec?.element ?? ''} region "${id}" is recorded but its content control is no longer in the document (deleted?). Insert it again or remove the record.`,
    };
  }
  if (controls.length > 1) {
    return {
      ...base,
      status: 'orphaned',
      orphan: 'duplicate-controls',
      detail: `${controls.length} content controls carry the tag ${base.tag} (copied and pasted?). Delete the copies or unlink them.`,
    };
  }
  if (!spec) {
    return {
      ...base,
      status: 'orphaned',
      orphan: 'no-record',
      detail: damaged
        ? `The record of the content control ${base.tag} cannot be read (the report's saved data is damaged), so it cannot be refreshed or changed until that data is repaired.`
        : `The content control ${base.tag} has no record in the report's data, so it cannot be refreshed. Unlink it (keeping its text) or insert the element again.`,
    };
  }
  if (valuesHash(first.text) !== spec.valuesHash) {
    return {
      ...base,
      status: 'edited',
      detail: 'Changed by hand since it was last refreshed; refreshing would overwrite those changes.',
    };
  }
  const stale = staleness(spec, options);
  if (stale) return { ...base, status: 'stale', detail: stale };
  // A workbook region has no period: say which file it was read from and when (newer figures come
  // only from a newer copy of the file, which the report cannot see).
  const readOn = spec.options['readOn'];
  return {
    ...base,
    status: 'fresh',
    detail: workbook
      ? `As read from ${workbook}${readOn ? ` on ${readOn}` : ''}; refresh it from a newer copy of the file.`
      : `Up to date (period ending ${periodEndLabel(spec.periodEnd)}).`,
  };
}

function periodEndLabel(month: string): string {
  return isMonth(month) ? monthLabel(month) : month;
}

/** Why a region is stale, or null. */
export function staleness(spec: LiveRegionSpec, options: StatusOptions): string | null {
  const latest = options.latestMonth;
  if (
    latest &&
    spec.options['period'] !== 'fixed' &&
    isMonth(spec.periodEnd) &&
    isMonth(latest) &&
    monthNumber(latest) > monthNumber(spec.periodEnd)
  ) {
    return `Newer data: ${monthLabel(latest)} is available (the region ends in ${monthLabel(spec.periodEnd)}).`;
  }
  if (options.now && options.maxAgeDays !== undefined) {
    const refreshed = Date.parse(spec.refreshedAt);
    const days = Number.isNaN(refreshed) ? Infinity : (options.now.getTime() - refreshed) / 86_400_000;
    if (days > options.maxAgeDays) {
      if (!Number.isFinite(days)) return 'Never refreshed (no refresh time recorded).';
      // A workbook is not published on a timetable: only its age is known, and where to refresh it.
      const workbook = workbookFileOf(spec);
      return workbook
        ? workbookAgeDetail(workbook, Math.floor(days), spec.options['readOn'])
        : `Last refreshed ${Math.floor(days)} days ago; police.uk publishes new data every month.`;
    }
  }
  return null;
}

export type { FigureChange } from './model';

/** Absent on one side of a diff. */
export const NO_VALUE = '—';

/** Every figure that differs, in the new figures' order, then figures that are gone. */
export function diffFigures(
  before: readonly LabelledValue[] | undefined,
  after: readonly LabelledValue[],
): FigureChange[] {
  if (before === undefined) return [];
  const old = new Map(before.map((f) => [f.where, f.value]));
  const changes: FigureChange[] = [];
  for (const figure of after) {
    const was = old.get(figure.where);
    if (was !== figure.value) changes.push({ where: figure.where, from: was ?? NO_VALUE, to: figure.value });
    old.delete(figure.where);
  }
  for (const [where, value] of old) changes.push({ where, from: value, to: NO_VALUE });
  return changes;
}
