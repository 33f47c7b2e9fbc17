'use strict';
// Prints one plain closing line ("N passed, N failed, N skipped") after Jest's own summary, so
// that tools reading a run's last lines know what ran without parsing Jest's table.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    // At exit, so the line comes after Jest's own summary and is the run's last line.
    process.on('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryLineReporter;
