/** Refreshing the live regions from the data, with a diff of what changed, in one write. */
import { contentText } from '../../core/content/text';
import type { Month } from '../../core/data/months';
import {
  liveRegions,
  readDocumentState,
  valuesHash,
  workbookFileOf,
  renamedCopyOf,
  workbookNotGivenDetail,
  type FigureChange,
  type LiveElement,
  type RegionInfo,
} from '../../core/live';
import type { RegionNotAsWritten, RegionWrite, ReportHost } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import { stateToChange, type ReportState } from '../../core/state/report-state';
import { changesOf, computeRegion, READ_ON, type Computed } from './compute';
import type { UseCaseOptions } from './options';
import { handEdits, withHandEdits } from './hand-edits';
import { captionNumberChange, captionNumbersAt } from './place';
import { writer } from './shared';
import type { LiveData, LiveSource } from './source';

export type RefreshStatus = 'unchanged' | 'changed' | 'failed' | 'skipped-edited' | 'skipped' | 'orphaned';

export interface RegionOutcome {
  id: string;
  element: string;
  title: string;
  status: RefreshStatus;
  changes: FigureChange[];
  /** Why it failed or was skipped. */
  message?: string;
  /** The message already says what to do (rename a copy of the workbook): nothing to add to it. */
  saysWhatToDo?: true;
}

export interface RefreshReport {
  regions: RegionOutcome[];
  /** Set when the source could not be loaded: nothing was written. */
  sourceError: string | null;
  /** True when the document was written. */
  written: boolean;
  /**
   * Regions refreshed that Word did not write as sent (host.ts RegionWriteOutcome): the rest was
   * written, and these now read as edited by hand. Empty when every region was written as sent.
   */
  notAsWritten: RegionNotAsWritten[];
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
      notAsWritten: [],
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
        const renamed = renamedCopyOf(spec.options['file'] ?? '?', given, expected) !== null;
        outcomes.push({ ...outcome(region, 'skipped', detail), ...(renamed ? { saysWhatToDo: true } : {}) });
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
        const renumbered = captionNumberChange(snapshot, control, result.computed.content);
        if (renumbered && !textDiffers) result.changes.push(renumbered);
        const differs = textDiffers || result.changes.length > 0;
        if (differs) writes.push({ kind: 'replace', tag: region.tag, content: result.computed.content });
        if (region.status === 'edited') {
          const edits = handEdits(
            spec.values ?? [],
            result.computed.rendering.figures,
            control.text,
            contentText(result.computed.content.blocks),
          );
          result.changes = withHandEdits(edits, result.changes);
        } else if (differs && result.changes.length === 0) {
          result.changes.push({ where: 'Whole region', from: 'earlier values', to: 'recomputed values' });
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
        captionNumbersAt(snapshot, control.firstParagraph),
      );
    } catch (error) {
      outcomes.push(outcome(region, 'failed', messageOf(error)));
      continue;
    }
    let changes = changesOf(element, spec.values, computed.rendering.figures);
    const textDiffers = valuesHash(control.text) !== computed.hash;
    const renumbered = captionNumberChange(snapshot, control, computed.content);
    if (renumbered && !textDiffers) changes.push(renumbered);
    // A chart's text (caption, source line) stays the same when its numbers change: its figures say.
    const differs = textDiffers || changes.length > 0;
    if (differs) {
      writes.push({ kind: 'replace', tag: region.tag, content: computed.content });
      if (region.status === 'edited') {
        changes = withHandEdits(
          handEdits(
            spec.values ?? [],
            computed.rendering.figures,
            control.text,
            contentText(computed.content.blocks),
          ),
          changes,
        );
      } else if (changes.length === 0) {
        changes.push({ where: 'Whole region', from: 'earlier values', to: 'recomputed values' });
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
  let notAsWritten: RegionNotAsWritten[] = [];
  if (writes.length > 0 || stateChanged) {
    progress?.(0.95, 'Writing the report');
    const next: ReportState = { ...state, regions: state.regions.map((s) => specs.get(s.id) ?? s) };
    ({ notAsWritten } = await write(writes, next));
    written = true;
  }
  progress?.(1, 'Refreshed');
  return { regions: outcomes, sourceError: null, written, notAsWritten };
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
  const numbers = captionNumbersAt(snapshot, paragraph);
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
