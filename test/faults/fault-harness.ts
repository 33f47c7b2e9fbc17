/**
 * Fault injection around a use case that changes the report: run it once cleanly to learn the
 * document before and after and how many fault points it has, then once per fault point with a
 * failure injected there, and classify what the document became. The only acceptable outcomes
 * are "unchanged" (the document equals the one before) and "changed" (equals the clean result),
 * each with an error that says which.
 */
import { ReportError } from '../../src/core/errors';

export type Classified = 'unchanged' | 'changed' | 'half-changed';

export interface FaultRun {
  point: string;
  outcome: Classified;
  error: unknown;
}

export interface FaultCounts {
  points: number;
  unchanged: number;
  changed: number;
}

/** How an error tells the officer what happened to the document. */
export function toldUnchanged(error: unknown): boolean {
  return (
    error instanceof ReportError &&
    /nothing (in the report )?(was|has been) changed|not changed/i.test(error.message)
  );
}

export function toldChanged(error: unknown): boolean {
  return (
    error instanceof ReportError &&
    /\b(was|were|has been|have been) (added|made|written|protected|removed|changed|updated|saved)\b/i.test(
      error.message,
    )
  );
}

/** 'partly' when the error says part of the change may be in the report. */
export function told(error: unknown): 'unchanged' | 'changed' | 'partly' | null {
  if (!(error instanceof ReportError)) return null;
  if (/part of the change may be in the report/i.test(error.message)) return 'partly';
  if (toldUnchanged(error)) return 'unchanged';
  if (toldChanged(error)) return 'changed';
  return null;
}

export function tally(runs: readonly FaultRun[]): FaultCounts {
  return {
    points: runs.length,
    unchanged: runs.filter((r) => r.outcome === 'unchanged').length,
    changed: runs.filter((r) => r.outcome === 'changed').length,
  };
}

export function describeRuns(useCase: string, host: string, runs: readonly FaultRun[]): string {
  const c = tally(runs);
  const partly = runs.filter((r) => r.outcome === 'half-changed').length;
  return `faults ${useCase} on ${host}: ${c.points} fault points; ${c.unchanged} left it unchanged, ${c.changed} fully changed, ${partly} half-changed (told: part may be in the report)`;
}
