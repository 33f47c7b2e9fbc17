/** Inserting a live element as a new region: its content control and its spec, in one write. */
import type { Month } from '../../core/data/months';
import { ReportError } from '../../core/errors';
import { controlTitle, newRegionId, readDocumentState, type LiveElement } from '../../core/live';
import type { ReportHost } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import { liveTag } from '../../core/state/live-tag';
import type { LiveRegionSpec } from '../../core/state/region-spec';
import { stateToChange, type ReportState } from '../../core/state/report-state';
import { computeRegion, READ_ON } from './compute';
import { defaultArea } from './default-area';
import type { ElementRequest, InsertOutcome, InsertWhere, UseCaseOptions } from './options';
import { captionAdviceFor, captionNumbersAt, resolvePlace } from './place';
import { elementOrError, writer } from './shared';
import type { LiveData, LiveSource } from './source';

function takenIds(snapshot: ReportSnapshot, state: ReportState): Set<string> {
  const ids = new Set(state.regions.map((r) => r.id));
  for (const control of snapshot.contentControls) {
    if (control.tag?.startsWith('cr:live:')) ids.add(control.tag.slice('cr:live:'.length));
  }
  return ids;
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
  const numbers = captionNumbersAt(snapshot, before);
  const id = request.id ?? newRegionId(element.name, takenIds(snapshot, state));
  if (takenIds(snapshot, state).has(id))
    throw new ReportError('live-id-taken', `The report already has a live region "${id}".`);
  // The caller may say whether the region follows new data (the Data view's switch); by default it
  // does unless a period end was chosen.
  const specOptions = {
    ...(request.options ?? {}),
    period: request.options?.['period'] ?? (request.periodEnd ? 'fixed' : 'latest'),
  };
  const computed = await computeRegion(element, live, { area, periodEnd, options: specOptions }, numbers);
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
  const { notAsWritten } = await write(
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
  return {
    id,
    tag,
    rendering: computed.rendering,
    spec,
    notAsWritten,
    captionAdvice: captionAdviceFor(computed.content, numbers.advice),
  };
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
  const numbers = captionNumbersAt(snapshot, before);
  const taken = takenIds(snapshot, state);
  const id = request.id ?? newRegionId(element.name, taken);
  if (taken.has(id)) throw new ReportError('live-id-taken', `The report already has a live region "${id}".`);
  const specOptions: Record<string, string> = { ...(request.options ?? {}) };
  delete specOptions[READ_ON];
  const computed = await computeRegion(
    element,
    live,
    { area: '', periodEnd: '' as Month, options: specOptions },
    numbers,
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
  const { notAsWritten } = await write(
    [
      {
        kind: 'insert',
        tag,
        title: controlTitle(computed.rendering.title),
        place,
        content: computed.content,
      },
    ],
    { ...state, regions: [...state.regions, spec] },
  );
  return {
    id,
    tag,
    rendering: computed.rendering,
    spec,
    notAsWritten,
    captionAdvice: captionAdviceFor(computed.content, numbers.advice),
  };
}
