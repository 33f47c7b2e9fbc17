import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { JsonCheckedReport, JsonReport } from '../../../src/cli/commands/check/format-json';

/** Helpers to run the real built CLI (bin/council-report.js -> build/cli) as a child process. */

export const ROOT = join(__dirname, '..', '..', '..');
const BUILT_MAIN = join(ROOT, 'build', 'cli', 'cli', 'main.js');
/** What bin/council-report.js runs when it is not older than BUILT_MAIN (webpack.cli.js). */
export const BUNDLE = join(ROOT, 'build', 'cli', 'council-report.js');
const COMPILED_FOLDERS = ['core', 'ooxml', 'docx', 'charts', 'app', 'cli'].map((folder) =>
  join(ROOT, 'src', folder),
);

function newestSource(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const built = existsSync(BUILT_MAIN) ? statSync(BUILT_MAIN).mtimeMs : 0;
  return built === 0 || Math.max(...COMPILED_FOLDERS.map(newestSource)) > built;
}

/**
 * `npm test` builds the CLI first; a lone `npx jest test/unit/cli` builds it here when it is stale.
 * Test files run in parallel workers, so a lock folder lets one build while the others wait.
 */
export function ensureBuilt(): void {
  const lock = join(ROOT, 'build', '.cli-build-lock');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const waitUntil = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > waitUntil) throw new Error(`CLI build lock ${lock} held for 2 minutes: remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isStale()) {
      try {
        execFileSync(
          process.execPath,
          [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
          {
            cwd: ROOT,
            stdio: 'pipe',
          },
        );
      } catch (error) {
        // tsc still writes the JavaScript when some file has type errors; only a missing build is fatal.
        if (!existsSync(BUILT_MAIN)) throw error;
      }
    }
    // The bundle, as `npm run build:cli` makes it, so the tests run what users run.
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < statSync(BUILT_MAIN).mtimeMs) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.cli.js'],
        { cwd: ROOT, stdio: 'pipe' },
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function council(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'council-report.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 64 << 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a report with bench/make-report.mjs (known content, known defects). */
export function makeReport(out: string, args: readonly string[] = []): string {
  execFileSync(process.execPath, [join(ROOT, 'bench', 'make-report.mjs'), out, ...args], { cwd: ROOT });
  return out;
}

/** Every .docx under a folder, sorted, so tests list fixtures without naming each. */
export function docxFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...docxFilesUnder(path));
    else if (entry.name.toLowerCase().endsWith('.docx')) files.push(path);
  }
  return files.sort();
}

/** The JSON array the CLI printed. */
export function checkedJson(run: { stdout: string }): JsonReport[] {
  return JSON.parse(run.stdout) as JsonReport[];
}

/** A report that was checked (not an error entry). */
export function asChecked(report: JsonReport | undefined): JsonCheckedReport {
  expect(report).toBeDefined();
  expect(report).not.toHaveProperty('error');
  return report as JsonCheckedReport;
}

/** 1-based position of the nth paragraph whose text starts with `prefix`, counted straight from the XML. */
export function paragraphNumber(file: string, prefix: string, occurrence: number): number {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml'] as Uint8Array);
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs = body.split(/<w:p[ >]/).slice(1);
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = [...(paragraphs[i] as string).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('');
    if (text.startsWith(prefix) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`no paragraph ${occurrence} starting "${prefix}" in ${file}`);
}
