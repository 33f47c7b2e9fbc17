/**
 * The production build the browser tests run against: built once per test run into
 * test-output/e2e-dist by scripts/run-build.js (webpack in a child process, out of Jest's module
 * registry). A build finished less than E2E_BUILD_MAX_AGE_MS ago (default 0: always rebuild) is
 * reused, which helps when re-running one test file while developing. E2E_DIST_DIR=DIR serves a
 * build already made instead.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const E2E_DIST = join(ROOT, 'test-output', 'e2e-dist');

export interface BuildSummary {
  ok: boolean;
  durationMs: number;
  errors: string[];
}

export async function buildOnce(): Promise<string> {
  // A build made elsewhere (say `webpack --mode development --env outputPath=DIR`, whose React
  // prints its warnings to the browser console, which the pane tests fail on).
  if (process.env.E2E_DIST_DIR) return process.env.E2E_DIST_DIR;
  const maxAge = Number(process.env.E2E_BUILD_MAX_AGE_MS ?? 0);
  const marker = join(E2E_DIST, 'workspace.html');
  if (maxAge > 0 && existsSync(marker) && Date.now() - statSync(marker).mtimeMs < maxAge) return E2E_DIST;
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
