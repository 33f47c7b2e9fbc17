/**
 * Live-region use cases over any ReportHost: insert an element, list the regions with their
 * status, refresh them all (or some) with a diff, and put orphans right.
 *
 * Every use case reads the document once, computes everything, then makes ONE
 * `host.writeRegions(writes, state)` call, which each host applies all or none. So a source that
 * fails, or an element that cannot compute, changes nothing it should not.
 */
import type { Month } from '../../core/data/months';
import { ReportError } from '../../core/errors';
import {
  contentHash,
  controlTitle,
  diffFigures,
  liveRegions,
  newRegionId,
  readDocumentState,
  valuesHash,
  workbookFileOf,
  workbookNotGivenDetail,
  type ElementCatalogue,
  type FigureChange,
  type LiveElement,
  type LiveRendering,
  type RegionInfo,
  type StatusOptions,
} from '../../core/live';
import type { RegionContent } from '../../core/content/blocks';
import type { ProgressListener, RegionPlace, RegionWrite, ReportHost } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import { readFrontMatter } from '../../core/template/front-matter';
import { layoutSections } from '../../core/template/sections';
import type { TemplateSpec } from '../../core/template/spec';
import { liveTag } from '../../core/state/live-tag';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import { stateToChange, type ReportState } from '../../core/state/report-state';
import type { LiveData, LiveSource } from './source';

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
}

function writer(host: ReportHost): NonNullable<ReportHost['writeRegions']> {
  if (!host.writeRegions) {
    throw new ReportError(
      'live-unsupported',
      `Live tables cannot be written to ${host.name} by this version.`,
    );
  }
  return host.writeRegions.bind(host);
}

/** The element to insert or preview from data; a clear error for an unknown one. */
function elementOrError(elements: ElementCatalogue, name: string): LiveElement {
  const element = elements.find(name);
  if (element?.dataFrom === 'comments') {
    throw new ReportError(
      'live-element-from-comments',
      `The ${element.label.toLowerCase()} is made from the comments: insert it from the Consultation view.`,
    );
  }
  if (element) return element;
  const names = elements
    .list()
    .map((e) => e.name)
    .join(', ');
  throw new ReportError('live-element-unknown', `There is no live element "${name}". Elements: ${names}.`);
}

/**
 * The report's own district: the area its regions already use, else a district of the data
 * named in the report's opening paragraphs (the header block names the council), else null.
 */
export function defaultArea(snapshot: ReportSnapshot, live: LiveData): string | null {
  const state = readDocumentState(snapshot).state;
  const used = state.regions.find((r) => live.data.districts.includes(r.area));
  if (used) return used.area;
  const opening = snapshot.paragraphs
    .slice(0, 40)
    .map((p) => p.text)
    .join('\n')
    .toLowerCase();
  const named = [...live.data.districts]
    .sort((a, b) => b.length - a.length)
    .find((d) => opening.includes(d.toLowerCase()));
  return named ?? null;
}

/** Paragraphs above `paragraph` that are table captions: this region's table is the next one. */
function tableNumberAt(snapshot: ReportSnapshot, paragraph: number | null): number {
  const end = paragraph ?? snapshot.paragraphs.length;
  let n = 0;
  for (const p of snapshot.paragraphs.slice(0, end)) if (/^Table \d+:/.test(p.text)) n++;
  return n + 1;
}

function figureNumberAt(snapshot: ReportSnapshot, paragraph: number | null): number {
  const end = paragraph ?? snapshot.paragraphs.length;
  let n = 0;
  for (const p of snapshot.paragraphs.slice(0, end)) if (/^Figure \d+:/.test(p.text)) n++;
  return n + 1;
}

function resolvePlace(
  snapshot: ReportSnapshot,
  where: InsertWhere,
): { place: RegionPlace; before: number | null } {
  if (!('section' in where)) {
    if ('atSelection' in where) return { place: where, before: null };
    const before = where.location === 'Before' ? where.anchor.paragraph : where.anchor.paragraph + 1;
    return { place: where, before };
  }
  const layout = layoutSections(snapshot, where.template);
  const body =
    layout.bodies.get(where.section) ?? frontMatterPart(snapshot, where.template, layout, where.section);
  if (!body) {
    const title =
      where.template.sections.find((s) => s.id === where.section)?.title ??
      (FRONT_MATTER_PART_IDS.includes(where.section) ? partTitle(where.template, where.section) : null);
    const ids = [...FRONT_MATTER_PART_IDS, ...where.template.sections.map((s) => s.id)];
    throw new ReportError(
      'live-section-missing',
      title !== null
        ? `The report has no "${title}" section to put the element in; insert the section first.`
        : `The template ${where.template.id} has no section "${where.section}". Sections: ${ids.join(', ')}.`,
    );
  }
  const last = body.end - 1;
  const paragraph = snapshot.paragraphs[last];
  return {
    place: { anchor: { paragraph: last, text: paragraph?.text ?? '' }, location: 'After' },
    before: body.end,
  };
}

const FRONT_MATTER_PART_IDS: readonly string[] = ['executive-summary', 'recommendations', 'timetable'];

/** The executive summary, recommendations or timetable, as a section to insert at the end of. */
function frontMatterPart(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: ReturnType<typeof layoutSections>,
  id: string,
): { end: number } | undefined {
  if (!FRONT_MATTER_PART_IDS.includes(id)) return undefined;
  return readFrontMatter(snapshot, template, layout).parts.find((part) => part.id === id);
}

function partTitle(template: TemplateSpec, id: string): string {
  if (id === 'executive-summary') return template.frontMatter.executiveSummary?.title ?? 'Executive Summary';
  if (id === 'timetable') return template.frontMatter.timetable?.title ?? 'Timetable';
  return 'Recommendations';
}

interface Computed {
  rendering: LiveRendering;
  content: RegionContent;
  hash: string;
}

async function computeRegion(
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

function takenIds(snapshot: ReportSnapshot, state: ReportState): Set<string> {
  const ids = new Set(state.regions.map((r) => r.id));
  for (const control of snapshot.contentControls) {
    if (control.tag?.startsWith('cr:live:')) ids.add(control.tag.slice('cr:live:'.length));
  }
  return ids;
}

/** The changes between a region's last figures and its new ones, as the element words them. */
function changesOf(
  element: LiveElement,
  before: LiveRegionSpec['values'],
  after: LiveRendering['figures'],
): FigureChange[] {
  if (before === undefined) return [];
  return element.diff ? element.diff(before, after) : diffFigures(before, after);
}

/** The day a workbook region's figures were read, kept in its spec while they stay the same. */
const READ_ON = 'readOn';

/** What the element would show, without touching a document (the Data view's preview). */
export function previewLiveElement(
  elements: ElementCatalogue,
  live: LiveData,
  request: ElementRequest,
  area: string,
): LiveRendering {
  const element = elementOrError(elements, request.element);
  if (element.dataFrom === 'workbook') {
    return element.compute({
      data: live.data,
      population: live.population,
      area: '',
      periodEnd: '' as Month,
      options: request.options ?? {},
      ...(live.workbooks ? { workbooks: live.workbooks } : {}),
    });
  }
  const periodEnd = request.periodEnd ?? live.data.latestMonth;
  if (!periodEnd) throw new ReportError('live-no-data', 'The data has no months.');
  return element.compute({
    data: live.data,
    population: live.population,
    area: request.area ?? area,
    periodEnd,
    options: request.options ?? {},
  });
}

/** Inserts one live element as a new region (control + spec) in one write. */
export async function insertLiveElement(
  host: ReportHost,
  source: LiveSource,
  request: ElementRequest,
  where: InsertWhere,
  options: UseCaseOptions,
): Promise<InsertOutcome> {
  const write = writer(host);
  const element = elementOrError(options.elements, request.element);
  const snapshot = await host.readSnapshot();
  const state = stateToChange(readDocumentState(snapshot));
  const live = await source.load(options.onProgress);
  if (element.dataFrom === 'workbook') {
    return insertWorkbookElement(host, snapshot, state, element, live, request, where, options);
  }
  const area = request.area ?? defaultArea(snapshot, live);
  if (!area) {
    throw new ReportError(
      'live-area-needed',
      `Say which district the element is for (the data covers ${live.data.districts.join(', ')}).`,
    );
  }
  const periodEnd = request.periodEnd ?? live.data.latestMonth;
  if (!periodEnd) throw new ReportError('live-no-data', `The data (${live.source}) has no months.`);
  const { place, before } = resolvePlace(snapshot, where);
  const id = request.id ?? newRegionId(element.name, takenIds(snapshot, state));
  if (takenIds(snapshot, state).has(id))
    throw new ReportError('live-id-taken', `The report already has a live region "${id}".`);
  // The caller may say whether the region follows new data (the Data view's switch); by default it
  // does unless a period end was chosen.
  const specOptions = {
    ...(request.options ?? {}),
    period: request.options?.['period'] ?? (request.periodEnd ? 'fixed' : 'latest'),
  };
  const computed = await computeRegion(
    element,
    live,
    { area, periodEnd, options: specOptions },
    { tableNumber: tableNumberAt(snapshot, before), figureNumber: figureNumberAt(snapshot, before) },
  );
  const spec: LiveRegionSpec = {
    id,
    element: element.name,
    source: live.source,
    area,
    periodEnd,
    refreshedAt: (options.now ?? new Date()).toISOString(),
    valuesHash: computed.hash,
    options: specOptions,
    values: computed.rendering.figures,
  };
  const next: ReportState = { ...state, regions: [...state.regions, spec] };
  const tag = liveTag(id);
  await write(
    [
      {
        kind: 'insert',
        tag,
        title: controlTitle(computed.rendering.title),
        place,
        content: computed.content,
      },
    ],
    next,
  );
  return { id, tag, rendering: computed.rendering, spec };
}

/** insertLiveElement for an element read from a workbook: no area or period; the file in its spec. */
async function insertWorkbookElement(
  host: ReportHost,
  snapshot: ReportSnapshot,
  state: ReportState,
  element: LiveElement,
  live: LiveData,
  request: ElementRequest,
  where: InsertWhere,
  options: UseCaseOptions,
): Promise<InsertOutcome> {
  const write = writer(host);
  const now = options.now ?? new Date();
  const { place, before } = resolvePlace(snapshot, where);
  const taken = takenIds(snapshot, state);
  const id = request.id ?? newRegionId(element.name, taken);
  if (taken.has(id)) throw new ReportError('live-id-taken', `The report already has a live region "${id}".`);
  const specOptions: Record<string, string> = { ...(request.options ?? {}) };
  delete specOptions[READ_ON];
  const computed = await computeRegion(
    element,
    live,
    { area: '', periodEnd: '' as Month, options: specOptions },
    { tableNumber: tableNumberAt(snapshot, before), figureNumber: figureNumberAt(snapshot, before) },
    now,
  );
  const spec: LiveRegionSpec = {
    id,
    element: element.name,
    source: specOptions['file'] ?? live.source,
    area: '',
    periodEnd: '',
    refreshedAt: now.toISOString(),
    valuesHash: computed.hash,
    options: { ...specOptions, [READ_ON]: now.toISOString().slice(0, 10) },
    values: computed.rendering.figures,
  };
  const tag = liveTag(id);
  await write(
    [{ kind: 'insert', tag, title: computed.rendering.title.slice(0, 64), place, content: computed.content }],
    { ...state, regions: [...state.regions, spec] },
  );
  return { id, tag, rendering: computed.rendering, spec };
}

/** The document's live regions with their status (see core/live/regions.ts). */
export async function listLiveRegions(host: ReportHost, options: StatusOptions = {}): Promise<RegionInfo[]> {
  return liveRegions(await host.readSnapshot(), options);
}

export type RefreshStatus = 'unchanged' | 'changed' | 'failed' | 'skipped-edited' | 'skipped' | 'orphaned';

export interface RegionOutcome {
  id: string;
  element: string;
  title: string;
  status: RefreshStatus;
  changes: FigureChange[];
  /** Why it failed or was skipped. */
  message?: string;
}

export interface RefreshReport {
  regions: RegionOutcome[];
  /** Set when the source could not be loaded: nothing was written. */
  sourceError: string | null;
  /** True when the document was written. */
  written: boolean;
}

export interface RefreshOptions extends UseCaseOptions {
  /** Overwrite regions edited by hand: all (true) or these ids. */
  force?: boolean | readonly string[];
  /** Only these region ids (default all). */
  only?: readonly string[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Recomputes every region (or `only` some) from the source and writes all changes in one
 * `writeRegions` call. Regions edited by hand are skipped unless forced; orphans and unknown
 * elements are reported, not touched; a region that cannot compute is left as it was.
 */
export async function refreshLiveRegions(
  host: ReportHost,
  source: LiveSource,
  options: RefreshOptions,
): Promise<RefreshReport> {
  const write = writer(host);
  const progress = options.onProgress;
  progress?.(0, 'Reading the report');
  const snapshot = await host.readSnapshot();
  const state = stateToChange(readDocumentState(snapshot));
  const selected = liveRegions(snapshot, {}, state).filter(
    (r) => !options.only || options.only.includes(r.id),
  );
  const outcome = (region: RegionInfo, status: RefreshStatus, message?: string): RegionOutcome => ({
    id: region.id,
    element: region.element,
    title: region.title,
    status,
    changes: [],
    ...(message ? { message } : {}),
  });

  let live: LiveData;
  try {
    live = await source.load((fraction, stage) => progress?.(0.05 + fraction * 0.45, stage));
  } catch (error) {
    const reason = `The data could not be loaded from ${source.label}: ${messageOf(error)}`;
    return {
      regions: selected.map((r) =>
        r.status === 'orphaned' ? outcome(r, 'orphaned', r.detail) : outcome(r, 'failed', reason),
      ),
      sourceError: reason,
      written: false,
    };
  }

  const forced = (id: string) =>
    options.force === true || (Array.isArray(options.force) && options.force.includes(id));
  const outcomes: RegionOutcome[] = [];
  const writes: RegionWrite[] = [];
  const specs = new Map(state.regions.map((s) => [s.id, s]));
  const now = (options.now ?? new Date()).toISOString();
  let stateChanged = false;

  for (const [i, region] of selected.entries()) {
    progress?.(0.5 + (0.45 * i) / Math.max(1, selected.length), `Refreshing ${region.title}`);
    const spec = region.spec;
    const control = region.controls[0];
    if (region.status === 'orphaned' || !spec || !control) {
      outcomes.push(outcome(region, 'orphaned', region.detail));
      continue;
    }
    const element = options.elements.find(spec.element);
    if (!element) {
      outcomes.push(outcome(region, 'skipped', `This version does not know the element "${spec.element}".`));
      continue;
    }
    if (element.dataFrom === 'comments') {
      // Another use case keeps it up to date: say where.
      outcomes.push(
        outcome(
          region,
          'skipped',
          `The ${element.label.toLowerCase()} is refreshed from the comments (Consultation view, or council-report comments).`,
        ),
      );
      continue;
    }
    const fromWorkbook = element.dataFrom === 'workbook';
    if (fromWorkbook) {
      const file = (spec.options['file'] ?? '').toLowerCase();
      if (!live.workbooks?.some((w) => w.fileName.toLowerCase() === file)) {
        const given = (live.workbooks ?? []).map((w) => w.fileName);
        const expected = state.regions.flatMap((s) => workbookFileOf(s) ?? []);
        const detail = workbookNotGivenDetail(spec.options['file'] ?? '?', given, expected);
        outcomes.push(outcome(region, 'skipped', detail));
        continue;
      }
    } else if (live.hasCrimeData === false) {
      outcomes.push(outcome(region, 'skipped', 'No crime data was given with this refresh; left as it was.'));
      continue;
    }
    if (region.status === 'edited' && !forced(region.id)) {
      outcomes.push(outcome(region, 'skipped-edited', region.detail));
      continue;
    }
    if (fromWorkbook) {
      try {
        const result = await refreshWorkbookRegion(
          element,
          live,
          spec,
          snapshot,
          control.firstParagraph,
          options,
        );
        const textDiffers = valuesHash(control.text) !== result.computed.hash;
        const differs = textDiffers || result.changes.length > 0;
        if (differs) writes.push({ kind: 'replace', tag: region.tag, content: result.computed.content });
        if (differs && result.changes.length === 0) {
          result.changes.push({
            where: 'Whole region',
            from: region.status === 'edited' ? 'edited by hand' : 'earlier values',
            to: 'recomputed values',
          });
        }
        specs.set(spec.id, {
          ...spec,
          refreshedAt: now,
          valuesHash: result.computed.hash,
          options: result.options,
          values: result.computed.rendering.figures,
        });
        stateChanged = true;
        outcomes.push({
          ...outcome(region, differs ? 'changed' : 'unchanged'),
          changes: differs ? result.changes : [],
        });
      } catch (error) {
        outcomes.push(outcome(region, 'failed', messageOf(error)));
      }
      continue;
    }
    const periodEnd =
      spec.options['period'] === 'fixed' ? spec.periodEnd : (live.data.latestMonth ?? spec.periodEnd);
    let computed: Computed;
    try {
      computed = await computeRegion(
        element,
        live,
        { area: spec.area, periodEnd, options: spec.options },
        {
          tableNumber: tableNumberAt(snapshot, control.firstParagraph),
          figureNumber: figureNumberAt(snapshot, control.firstParagraph),
        },
      );
    } catch (error) {
      outcomes.push(outcome(region, 'failed', messageOf(error)));
      continue;
    }
    const changes = changesOf(element, spec.values, computed.rendering.figures);
    const textDiffers = valuesHash(control.text) !== computed.hash;
    // A chart's text (caption, source line) stays the same when its numbers change: its figures say.
    const differs = textDiffers || changes.length > 0;
    if (differs) {
      writes.push({ kind: 'replace', tag: region.tag, content: computed.content });
      if (changes.length === 0) {
        changes.push({
          where: 'Whole region',
          from: region.status === 'edited' ? 'edited by hand' : 'earlier values',
          to: 'recomputed values',
        });
      }
    }
    const updated: LiveRegionSpec = {
      ...spec,
      source: live.source,
      periodEnd,
      refreshedAt: now,
      valuesHash: computed.hash,
      values: computed.rendering.figures,
    };
    specs.set(spec.id, updated);
    stateChanged = true;
    outcomes.push({
      ...outcome(region, differs ? 'changed' : 'unchanged'),
      changes: differs ? changes : [],
    });
  }

  let written = false;
  if (writes.length > 0 || stateChanged) {
    progress?.(0.95, 'Writing the report');
    const next: ReportState = { ...state, regions: state.regions.map((s) => specs.get(s.id) ?? s) };
    await write(writes, next);
    written = true;
  }
  progress?.(1, 'Refreshed');
  return { regions: outcomes, sourceError: null, written };
}

/**
 * Reads a workbook region again. The source line says the day the figures were read: while they
 * stay the same the day kept in the spec is used, so refreshing with the same workbook changes
 * nothing; when they change, today's.
 */
async function refreshWorkbookRegion(
  element: LiveElement,
  live: LiveData,
  spec: LiveRegionSpec,
  snapshot: ReportSnapshot,
  paragraph: number,
  options: RefreshOptions,
): Promise<{ computed: Computed; changes: FigureChange[]; options: Record<string, string> }> {
  const now = options.now ?? new Date();
  const numbers = {
    tableNumber: tableNumberAt(snapshot, paragraph),
    figureNumber: figureNumberAt(snapshot, paragraph),
  };
  const fresh: Record<string, string> = { ...spec.options, [READ_ON]: now.toISOString().slice(0, 10) };
  const area = { area: '', periodEnd: '' as Month };
  let computed = await computeRegion(element, live, { ...area, options: fresh }, numbers, now);
  const changes = changesOf(element, spec.values, computed.rendering.figures);
  if (changes.length === 0 && spec.options[READ_ON]) {
    computed = await computeRegion(element, live, { ...area, options: spec.options }, numbers, now);
    return { computed, changes, options: spec.options };
  }
  return { computed, changes, options: fresh };
}

export type RepairAction =
  /** A spec whose control is gone: forget it. */
  | 'remove-record'
  /** A control with no spec (or its duplicates): take the control away, keeping its text. */
  | 'unlink-control';

/** Puts an orphan right. Refuses what does not fit the region's state. */
export async function repairLiveRegion(host: ReportHost, id: string, action: RepairAction): Promise<void> {
  const write = writer(host);
  const snapshot = await host.readSnapshot();
  const state = stateToChange(readDocumentState(snapshot));
  const region = liveRegions(snapshot, {}, state).find((r) => r.id === id);
  if (!region) throw new ReportError('live-region-not-found', `The report has no live region "${id}".`);
  if (action === 'remove-record') {
    if (region.controls.length > 0) {
      throw new ReportError(
        'live-region-has-control',
        `The region "${id}" is still in the document; remove the region instead of its record.`,
      );
    }
    await write([], { ...state, regions: state.regions.filter((r) => r.id !== id) });
    return;
  }
  if (region.orphan === 'duplicate-controls') {
    throw new ReportError(
      'control-duplicated',
      `${region.controls.length} content controls carry the tag ${region.tag}. Delete the copies in Word (or unlink them there), then try again.`,
    );
  }
  if (region.controls.length === 0)
    throw new ReportError('control-not-found', `The region "${id}" has no content control.`);
  const regions = state.regions.filter((r) => r.id !== id);
  await write(
    [{ kind: 'remove', tag: region.tag, keepContent: true }],
    regions.length === state.regions.length ? null : { ...state, regions },
  );
}

/** Removes a region: its control (keeping or dropping its content) and its spec, in one write. */
export async function removeLiveRegion(host: ReportHost, id: string, keepContent: boolean): Promise<void> {
  const write = writer(host);
  const snapshot = await host.readSnapshot();
  const state = stateToChange(readDocumentState(snapshot));
  const region = liveRegions(snapshot, {}, state).find((r) => r.id === id);
  if (!region) throw new ReportError('live-region-not-found', `The report has no live region "${id}".`);
  const writes: RegionWrite[] =
    region.controls.length === 1 ? [{ kind: 'remove', tag: region.tag, keepContent }] : [];
  if (region.controls.length > 1) {
    throw new ReportError(
      'control-duplicated',
      `${region.controls.length} content controls carry the tag ${region.tag}. Delete the copies first.`,
    );
  }
  await write(writes, { ...state, regions: state.regions.filter((r) => r.id !== id) });
}
