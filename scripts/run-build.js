#!/usr/bin/env node
// Runs the production build through webpack's Node API and prints a JSON summary on its last line
// (prefixed "BUILD-RESULT "): used by test/unit/build, handy in CI.
//
//   node scripts/run-build.js [--out DIR] [--url https://host/path/]
//
// Exit code 0 when the build has no errors, 1 otherwise.
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const configure = require('../webpack.config.js');
const { BundleBudgetPlugin } = require('./bundle-budget.js');

function parseArgs(argv) {
  const args = { out: path.resolve(__dirname, '..', 'dist'), url: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i] === '--url') args.url = argv[++i];
    else throw new Error(`unknown argument ${argv[i]} (use --out DIR, --url URL)`);
  }
  return args;
}

async function main() {
  const { out, url } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const config = await configure({ outputPath: out, url }, { mode: 'production' });
  const budget = config.plugins.find((p) => p instanceof BundleBudgetPlugin);
  const compiler = webpack(config);
  const stats = await new Promise((resolve, reject) =>
    compiler.run((err, result) => (err ? reject(err) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  const json = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
  const summary = {
    ok: !stats.hasErrors(),
    durationMs: Date.now() - started,
    outputPath: out,
    errors: json.errors.map((e) => e.message),
    warnings: json.warnings.map((w) => w.message),
    assets: json.assets.map((a) => a.name),
    firstView: budget ? budget.lastReport : null,
    budgets: budget ? budget.budgets : null,
  };
  console.log(`BUILD-RESULT ${JSON.stringify(summary)}`);
  return summary.ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exitCode = 1;
  },
);
