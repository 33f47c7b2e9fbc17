#!/usr/bin/env node
// Builds the test-only Word-host page (test/e2e/word-host: the real task pane over the fake
// Office.js) with the production webpack configuration, its entry and page swapped, into --out DIR.
// Prints "BUILD-RESULT {json}" on its last line, as scripts/run-build.js does; test/e2e/support/build.ts
// runs it once per test run. The production build (npm run build) never sees these files.
//
//   node test/e2e/support/build-word-pane.js --out DIR
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const configure = require('../../../webpack.config.js');
const { contentSecurityPolicy } = require('../../../scripts/csp.js');

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function main() {
  const outIndex = process.argv.indexOf('--out');
  if (outIndex < 0) throw new Error('use --out DIR');
  const out = path.resolve(process.argv[outIndex + 1]);
  const started = Date.now();
  const config = await configure({ outputPath: out }, { mode: 'production' });
  config.entry = { 'word-pane': './test/e2e/word-host/harness.tsx' };
  // Production React and Fluent (what users run); not minified and no source maps, to build fast.
  config.optimization.minimize = false;
  config.devtool = false;
  config.plugins = [
    new HtmlWebpackPlugin({
      filename: 'word-pane.html',
      template: './test/e2e/word-host/word-pane.html',
      chunks: ['word-pane'],
      scriptLoading: 'defer',
      inject: 'head',
      // The task pane's own policy: no inline script, no eval.
      meta: {
        'Content-Security-Policy': {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ development: false, charts: true }),
        },
      },
    }),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
  ];
  config.context = ROOT;
  const compiler = webpack(config);
  const stats = await new Promise((resolve, reject) =>
    compiler.run((err, result) => (err ? reject(err) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  const json = stats.toJson({ all: false, errors: true });
  const summary = {
    ok: !stats.hasErrors(),
    durationMs: Date.now() - started,
    outputPath: out,
    errors: json.errors.map((e) => e.message),
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
