/**
 * The last check run from the ribbon's "Check report", kept for the task pane. With the shared
 * runtime (manifest <Runtimes>) the command and the pane run in the same page, so the pane can show
 * the very check the officer just saw in the dialog instead of asking them to check again.
 * No Office.js here: plain state with listeners.
 */
import type { CheckedReport } from '../app/check-report';

export interface RibbonCheck {
  checked: CheckedReport;
  /** The template the command checked against (the default; the ribbon has no template choice). */
  templateId: string;
  /** When it finished, so the pane does not replace a newer check of its own with an older one. */
  at: number;
}

type Listener = (check: RibbonCheck) => void;

let latest: RibbonCheck | null = null;
const listeners = new Set<Listener>();

export function publishRibbonCheck(check: RibbonCheck): void {
  latest = check;
  for (const listener of [...listeners]) listener(check);
}

export function latestRibbonCheck(): RibbonCheck | null {
  return latest;
}

/** Calls `listener` on every later ribbon check; returns the unsubscribe function. */
export function onRibbonCheck(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests only: forget the last check and every listener. */
export function resetRibbonChecks(): void {
  latest = null;
  listeners.clear();
}
