#!/usr/bin/env node
'use strict';
// Thin shim: the CLI is TypeScript compiled to build/cli and bundled into
// build/cli/council-report.js by `npm run build:cli` (run on install; see webpack.cli.js).
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', 'build', 'cli');
const main = path.join(built, 'cli', 'main.js');
const bundle = path.join(built, 'council-report.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'council-report: the command line has not been built yet. ' +
      'Run npm install (it builds the CLI), or npm run build:cli, then try again.\n',
  );
  process.exit(2);
}
// The bundle starts faster; a bundle older than the compiled modules (tsc run on its own since)
// would be out of date, so the modules run instead.
const fresh = fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= fs.statSync(main).mtimeMs;
(fresh ? require('./code-cache').loadBundle(bundle, process.argv[2]) : require(main)).runFromProcess();
