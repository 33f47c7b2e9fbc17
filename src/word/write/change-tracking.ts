/**
 * Writing with Track Changes on. Word marks whatever an add-in writes while tracking is on as a
 * tracked change, and `insertOoxml` has been reported to mark untouched text as deleted and
 * re-inserted (office-js #334), so a refreshed table can leave a partner's reviewer a page of
 * false revisions. When the officer chooses to write without tracking, the mode is read in the
 * change's first sync (no extra round trip), switched off just before the writes and put back
 * just after them in the same final sync (`Document.changeTrackingMode`, WordApi 1.4). Should the
 * final sync fail part-way, the recovery's fresh `Word.run` puts the mode back.
 */
import type { RecoveryOutcome } from './word-writes';

export type TrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

/** Queues a read of the mode when the writes are to be made without tracking; null otherwise. */
export function queueTrackingRead(context: Word.RequestContext, tracked: boolean): Word.Document | null {
  return tracked ? null : context.document.load('changeTrackingMode');
}

/**
 * Queues `write` with tracking off around it when it was on (and the officer chose so); returns
 * the mode to put back after a failure, or null when nothing was switched.
 */
export function queueWithoutTracking(
  context: Word.RequestContext,
  read: Word.Document | null,
  write: () => void,
): TrackingMode | null {
  const mode = (read?.changeTrackingMode ?? 'Off') as TrackingMode;
  if (mode === 'Off') {
    write();
    return null;
  }
  context.document.changeTrackingMode = 'Off' as Word.ChangeTrackingMode;
  write();
  context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
  return mode;
}

/** The mode to put back after writing with tracking switched off; null when nothing is switched. */
export function trackingToSwitchOff(read: Word.Document | null): TrackingMode | null {
  const mode = (read?.changeTrackingMode ?? 'Off') as TrackingMode;
  return mode === 'Off' ? null : mode;
}

/** A recovery that also puts the tracking mode back (the failed sync stopped before it did). */
export function restoringTracking(
  mode: TrackingMode | null,
  recover: (context: Word.RequestContext) => Promise<RecoveryOutcome>,
): (context: Word.RequestContext) => Promise<RecoveryOutcome> {
  if (mode === null) return recover;
  return async (context) => {
    try {
      return await recover(context);
    } finally {
      context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
      await context.sync();
    }
  };
}
