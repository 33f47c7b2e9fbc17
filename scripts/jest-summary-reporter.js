'use strict';
// Prints one plain closing line ("N passed, N failed, N skipped") after Jest's own summary, so
// that tools reading a run's last lines know what ran without parsing Jest's table.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    const took = duration(Date.now() - results.startTime);
    // Under `npm test` (scripts/test-run.mjs) the whole run's time, with the steps before Jest.
    const started = Number(process.env.NPM_TEST_STARTED);
    const whole =
      started > 0
        ? `npm test took ${duration(Date.now() - started)} (${process.env.NPM_TEST_STEPS}, jest ${took}).`
        : `Jest took ${took}.`;
    // At exit, so the line comes after Jest's own summary and is the run's last line.
    process.on('exit', () => process.stdout.write(`\n${whole}\n${line}\n`));
  }
}
function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

module.exports = SummaryLineReporter;
