/**
 * What every fuzz case must satisfy: it ends in a result or a typed ReportError with a message,
 * within a time and memory bound. Anything else (a TypeError or RangeError leaking out, a case
 * that takes seconds, a case that allocates hundreds of megabytes) fails the test with the input
 * described, so the case can be replayed with FUZZ_SEED.
 */
import { ReportError } from '../../src/core/errors';

/** Fixed by default so CI is reproducible; `FUZZ_SEED=123 npx jest test/fuzz` explores further. */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261126);
/** `FUZZ_SCALE=10` runs ten times as many cases (a longer local session). */
export const FUZZ_SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);

export function runs(n: number): number {
  return Math.max(1, Math.round(n * FUZZ_SCALE));
}

/** Generous: a fixture reads in a few milliseconds; a hang or quadratic blow-up takes far longer. */
export const MAX_CASE_MS = Number(process.env['FUZZ_MAX_CASE_MS'] ?? 3000);
/** Generous: the largest fixture inflates to a few MB; a zip bomb would reach gigabytes. */
export const MAX_CASE_BYTES = 300 * 1024 * 1024;

export type Outcome = { kind: 'result' } | { kind: 'refused'; code: string; message: string };

export interface CaseLog {
  cases: number;
  results: number;
  refused: Map<string, number>;
  slowestMs: number;
  largestBytes: number;
}

export function newLog(): CaseLog {
  return { cases: 0, results: 0, refused: new Map(), slowestMs: 0, largestBytes: 0 };
}

function allocated(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * Runs one case and checks its outcome and bounds; throws (failing the property) with `describe`
 * in the message otherwise.
 */
export async function boundedCase(log: CaseLog, describeCase: string, run: () => unknown): Promise<Outcome> {
  const before = allocated();
  const started = performance.now();
  let outcome: Outcome;
  try {
    await run();
    outcome = { kind: 'result' };
  } catch (error) {
    if (!(error instanceof ReportError)) {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`Untyped error (${what}) on ${describeCase}`, { cause: error });
    }
    if (!error.code || error.message.trim().length < 20) {
      throw new Error(
        `ReportError without a clear message (${error.code}: "${error.message}") on ${describeCase}`,
      );
    }
    outcome = { kind: 'refused', code: error.code, message: error.message };
  }
  const ms = performance.now() - started;
  const bytes = Math.max(0, allocated() - before);
  if (ms > MAX_CASE_MS)
    throw new Error(`Took ${Math.round(ms)} ms (bound ${MAX_CASE_MS}) on ${describeCase}`);
  if (bytes > MAX_CASE_BYTES) {
    throw new Error(
      `Allocated ${Math.round(bytes / 1048576)} MB (bound ${MAX_CASE_BYTES / 1048576}) on ${describeCase}`,
    );
  }
  log.cases++;
  log.slowestMs = Math.max(log.slowestMs, ms);
  log.largestBytes = Math.max(log.largestBytes, bytes);
  if (outcome.kind === 'result') log.results++;
  else log.refused.set(outcome.code, (log.refused.get(outcome.code) ?? 0) + 1);
  return outcome;
}

/** One line per reader, printed by the test so a run says what it tried. */
export function summary(reader: string, log: CaseLog): string {
  const refused = [...log.refused].map(([code, n]) => `${code} ${n}`).join(', ');
  return (
    `fuzz ${reader}: ${log.cases} cases (seed ${FUZZ_SEED}): ${log.results} read, ` +
    `${log.cases - log.results} refused [${refused}]; slowest ${Math.round(log.slowestMs)} ms, ` +
    `largest allocation ${Math.round(log.largestBytes / 1048576)} MB`
  );
}

/** Prints past Jest's console capture, so the count shows in CI logs as one plain line. */
export function report(line: string): void {
  process.stdout.write(`${line}\n`);
}
