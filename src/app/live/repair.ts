/** Putting an orphaned region right, and removing a region. */
import { ReportError } from '../../core/errors';
import { liveRegions, readDocumentState } from '../../core/live';
import type { RegionWrite, ReportHost } from '../../core/report/host';
import { stateToChange } from '../../core/state/report-state';
import { writer } from './shared';

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
