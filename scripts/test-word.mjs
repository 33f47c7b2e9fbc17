#!/usr/bin/env node
// `npm run test:word`: the use cases in real Word, the way Microsoft's add-in templates test inside
// Office. Builds nothing itself: office-addin-debugging starts the dev server (npm run dev-server)
// and sideloads a test copy of the manifest into Word desktop with a copy of the bundled sample
// report; the task pane, opened with ?word-test=<port>, runs src/word-test/steps.ts against real
// Word and posts the outcomes to office-addin-test-server; this script prints them as a table and
// exits 1 on any failure (or if Word sends nothing within the time limit).
//
// Word desktop runs on Windows and macOS only. Anywhere else it says so, runs nothing, claims no
// pass and exits 0 (as `office-addin-debugging` does). For Word on the web, follow
// docs/word-verification.md by hand.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PORT = 4201; // office-addin-test-server's default
const TIME_LIMIT_MS = 10 * 60 * 1000;

export function wordAvailable(platform = process.platform) {
  return platform === 'win32' || platform === 'darwin';
}

/** The manifest with the task pane page opened in test mode (every resid stays the same). */
export function testManifest(text, port = PORT) {
  return text.replace(
    /(<bt:Url id="Taskpane\.Url" DefaultValue=")([^"?]+)(")/,
    (_m, open, url, close) => `${open}${url}?word-test=${port}${close}`,
  );
}

export function formatTable(outcomes) {
  const width = Math.max(4, ...outcomes.map((o) => String(o.step).length));
  const rows = outcomes.map(
    (o) => `${String(o.step).padEnd(width)}  ${o.pass ? 'pass' : 'FAIL'}  ${o.detail ?? ''}`,
  );
  return [`${'Step'.padEnd(width)}  Result  Detail`, ...rows].join('\n');
}

async function main() {
  if (!wordAvailable()) {
    console.log('Word is not available on this system: nothing was run');
    return 0;
  }
  const { TestServer } = require('office-addin-test-server');
  const { startDebugging, stopDebugging } = require('office-addin-debugging');
  const work = mkdtempSync(join(tmpdir(), 'council-report-word-test-'));
  const manifest = join(work, 'manifest.xml');
  writeFileSync(manifest, testManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')));
  const documentCopy = join(work, 'strategic-assessment-sample.docx');
  copyFileSync(join(ROOT, 'src/workspace/sample/strategic-assessment-sample.docx'), documentCopy);

  const server = new TestServer(PORT);
  await server.startTestServer(true);
  let code = 1;
  try {
    await startDebugging(manifest, {
      appType: 'desktop',
      app: 'word',
      document: documentCopy,
      devServerCommandLine: 'npm run dev-server',
      devServerPort: 3000,
      enableDebugging: false,
    });
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), TIME_LIMIT_MS));
    const results = await Promise.race([server.getTestResults(), timeout]);
    if (results === null) {
      console.error(`Word sent no results within ${TIME_LIMIT_MS / 60000} minutes: nothing passed.`);
    } else {
      const outcomes = Array.isArray(results) ? results : [];
      console.log(formatTable(outcomes));
      const failed = outcomes.filter((o) => !o.pass).length;
      code = outcomes.length > 0 && failed === 0 ? 0 : 1;
      console.log(
        code === 0 ? `All ${outcomes.length} steps passed in Word.` : `${failed} steps failed in Word.`,
      );
    }
  } finally {
    await stopDebugging(manifest).catch(() => undefined);
    await server.stopTestServer().catch(() => undefined);
  }
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error?.stack ?? String(error));
      process.exitCode = 1;
    },
  );
}
