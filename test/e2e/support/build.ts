/**
 * The production build the browser tests run against: built once per test run into
 * test-output/e2e-dist by scripts/run-build.js (webpack in a child process, out of Jest's module
 * registry).
 *
 * Jest runs test files in several worker processes, so "once" is kept on disk: the run's id (set by
 * test/support/global-setup.js) is written beside the build when it is done, and a lock folder
 * makes the other workers wait for the first one's build instead of starting their own. Outside a
 * Jest run (no run id) every call builds. A build finished less than E2E_BUILD_MAX_AGE_MS ago
 * (default 0: off) is reused across runs, which helps when re-running one test file while
 * developing. E2E_DIST_DIR=DIR serves a build already made instead.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const E2E_DIST = join(ROOT, 'test-output', 'e2e-dist');
const BUILT_FOR = join(ROOT, 'test-output', 'e2e-dist.run');
const LOCK = join(ROOT, 'test-output', 'e2e-dist.lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 6 * 60_000;

export interface BuildSummary {
  ok: boolean;
  durationMs: number;
  errors: string[];
}

const runId = (): string | undefined => process.env.COUNCIL_REPORT_TEST_RUN || undefined;

function builtForThisRun(id: string | undefined): boolean {
  return id !== undefined && existsSync(BUILT_FOR) && readFileSync(BUILT_FOR, 'utf8') === id;
}

function tryLock(): boolean {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function buildOnce(): Promise<string> {
  // A build made elsewhere (say `webpack --mode development --env outputPath=DIR`, whose React
  // prints its warnings to the browser console, which the pane tests fail on).
  if (process.env.E2E_DIST_DIR) return process.env.E2E_DIST_DIR;
  const maxAge = Number(process.env.E2E_BUILD_MAX_AGE_MS ?? 0);
  const marker = join(E2E_DIST, 'workspace.html');
  if (maxAge > 0 && existsSync(marker) && Date.now() - statSync(marker).mtimeMs < maxAge) return E2E_DIST;
  const id = runId();
  if (id === undefined) return build();
  for (;;) {
    if (builtForThisRun(id)) return E2E_DIST;
    if (tryLock()) break;
    await pause(500);
  }
  try {
    if (builtForThisRun(id)) return E2E_DIST;
    rmSync(BUILT_FOR, { force: true });
    await build();
    writeFileSync(BUILT_FOR, id);
    return E2E_DIST;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function build(): Promise<string> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', 'run-build.js'), '--out', E2E_DIST],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, out, err) =>
        error ? reject(new Error(`The build failed: ${error.message}\n${err}`)) : resolve(out),
    );
  });
  const line = stdout.split('\n').find((l) => l.startsWith('BUILD-RESULT '));
  const summary = line ? (JSON.parse(line.slice('BUILD-RESULT '.length)) as BuildSummary) : null;
  if (!summary?.ok) throw new Error(`The build failed: ${summary?.errors.join('\n') ?? stdout}`);
  return E2E_DIST;
}
