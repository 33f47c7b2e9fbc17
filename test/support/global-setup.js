'use strict';
// Once per Jest run, before any worker starts: an id for this run, which the workers inherit
// through the environment, so work shared between test files (the browser tests' production
// build, test/e2e/support/build.ts) is done once per run and not once per file.
module.exports = async function globalSetup() {
  process.env.COUNCIL_REPORT_TEST_RUN = `${Date.now()}-${process.pid}`;
};
