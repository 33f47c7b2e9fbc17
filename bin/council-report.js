#!/usr/bin/env node
'use strict';
// Thin shim: the CLI is TypeScript compiled to build/cli by `npm run build:cli` (run on install).
const fs = require('fs');
const path = require('path');

const main = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'council-report: the command line has not been built yet. ' +
      'Run npm install (it builds the CLI), or npm run build:cli, then try again.\n',
  );
  process.exit(2);
}
require(main).runFromProcess();
