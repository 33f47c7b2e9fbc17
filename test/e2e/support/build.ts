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
 *
 * The test-only Word-host page (buildWordPaneOnce: the task pane over the fake Office.js) is built
 * the same way, once per run, into test-output/word-pane-dist (E2E_WORD_PANE_DIST_DIR=DIR to reuse one).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const E2E_DIST = join(ROOT, 'test-output', 'e2e-dist');
/** The test-only Word-host page (test/e2e/word-host), built beside the production pages. */
export const WORD_PANE_DIST = join(ROOT, 'test-output', 'word-pane-dist');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 6 * 60_000;

export interface BuildSummary {
  ok: boolean;
  durationMs: number;
  errors: string[];
}

/** A bundle the browser tests build once per run: where it goes, its page, the script that makes it. */
interface E2eBuild {
  dist: string;
  /** A file the build writes last-ish, whose age says how fresh the build is. */
  marker: string;
  script: string;
  /** E2E_DIST_DIR / E2E_WORD_PANE_DIST_DIR: a build already made, served instead. */
  given: string | undefined;
}

const runId = (): string | undefined => process.env.COUNCIL_REPORT_TEST_RUN || undefined;

const builtFor = (dist: string) => `${dist}.run`;
const lockFor = (dist: string) => `${dist}.lock`;

function builtForThisRun(dist: string, id: string | undefined): boolean {
  return id !== undefined && existsSync(builtFor(dist)) && readFileSync(builtFor(dist), 'utf8') === id;
}

function tryLock(dist: string): boolean {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const lock = lockFor(dist);
  try {
    mkdirSync(lock);
    return true;
  } catch {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The production build (scripts/run-build.js): taskpane.html, workspace.html, check-result.html. */
export function buildOnce(): Promise<string> {
  // A build made elsewhere (say `webpack --mode development --env outputPath=DIR`, whose React
  // prints its warnings to the browser console, which the pane tests fail on).
  return once({
    dist: E2E_DIST,
    marker: 'workspace.html',
    script: join(ROOT, 'scripts', 'run-build.js'),
    given: process.env.E2E_DIST_DIR,
  });
}

/**
 * The real task pane over the fake Office.js (test/e2e/word-host/harness.tsx), word-pane.html: a
 * separate bundle, so the fake never reaches the production pages.
 */
export function buildWordPaneOnce(): Promise<string> {
  return once({
    dist: WORD_PANE_DIST,
    marker: 'word-pane.html',
    script: join(ROOT, 'test', 'e2e', 'support', 'build-word-pane.js'),
    given: process.env.E2E_WORD_PANE_DIST_DIR,
  });
}

async function once(target: E2eBuild): Promise<string> {
  if (target.given) return target.given;
  const { dist } = target;
  const maxAge = Number(process.env.E2E_BUILD_MAX_AGE_MS ?? 0);
  const marker = join(dist, target.marker);
  if (maxAge > 0 && existsSync(marker) && Date.now() - statSync(marker).mtimeMs < maxAge) return dist;
  const id = runId();
  if (id === undefined) return build(target);
  for (;;) {
    if (builtForThisRun(dist, id)) return dist;
    if (tryLock(dist)) break;
    await pause(500);
  }
  try {
    if (builtForThisRun(dist, id)) return dist;
    rmSync(builtFor(dist), { force: true });
    await build(target);
    writeFileSync(builtFor(dist), id);
    return dist;
  } finally {
    rmSync(lockFor(dist), { recursive: true, force: true });
  }
}

async function build({ dist, script }: E2eBuild): Promise<string> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [script, '--out', dist],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, out, err) =>
        error ? reject(new Error(`The build failed: ${error.message}\n${err}`)) : resolve(out),
    );
  });
  const line = stdout.split('\n').find((l) => l.startsWith('BUILD-RESULT '));
  const summary = line ? (JSON.parse(line.slice('BUILD-RESULT '.length)) as BuildSummary) : null;
  if (!summary?.ok) throw new Error(`The build failed: ${summary?.errors.join('\n') ?? stdout}`);
  return dist;
}
