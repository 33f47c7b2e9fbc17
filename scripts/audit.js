#!/usr/bin/env node
// npm audit of the production dependencies (what users' browsers and the CLI run), failing on a
// high or critical advisory:
//
//   npm run audit        exit 0: none; 1: high/critical found (listed); 3: the audit service
//                        could not be reached or refused the request (said loudly, never a pass)
//
// `npm audit --audit-level=high` alone exits 1 on any error too, which would make an unreachable
// registry look like a vulnerability; this keeps the two apart. `summarise` is exported for tests.
'use strict';
const { execFile } = require('node:child_process');

const FAILING = ['high', 'critical'];

/** Reads `npm audit --json` output: the counts, the failing packages, or why it could not run. */
function summarise(json) {
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    return { ok: false, unavailable: 'npm audit printed no JSON', failing: [], counts: {} };
  }
  if (report.error || report.message) {
    const why = report.error?.summary || report.message || 'unknown error';
    return { ok: false, unavailable: why, failing: [], counts: {} };
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  const failing = Object.values(report.vulnerabilities ?? {})
    .filter((v) => FAILING.includes(v.severity))
    .map((v) => `${v.name} (${v.severity}${v.range ? `, ${v.range}` : ''})`)
    .sort();
  return { ok: failing.length === 0, unavailable: null, failing, counts };
}

function runAudit() {
  return new Promise((resolve) => {
    execFile(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['audit', '--omit=dev', '--json'],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      // npm audit exits non-zero when it finds anything: the JSON says what.
      (_error, stdout) => resolve(stdout),
    );
  });
}

async function main() {
  const result = summarise(await runAudit());
  if (result.unavailable) {
    console.error(
      `npm audit could not run: ${result.unavailable}. Run "npm run audit" where registry.npmjs.org's audit service is reachable.`,
    );
    process.exit(3);
  }
  const counts = Object.entries(result.counts)
    .filter(([key]) => key !== 'total')
    .map(([severity, n]) => `${severity} ${n}`)
    .join(', ');
  if (!result.ok) {
    console.error(
      `npm audit (production dependencies): high or critical advisories in ${result.failing.join('; ')}`,
    );
    process.exit(1);
  }
  console.log(`npm audit (production dependencies): no high or critical advisory (${counts || 'none'}).`);
}

module.exports = { summarise };

if (require.main === module) main();
