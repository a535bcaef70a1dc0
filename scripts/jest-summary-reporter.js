// Ends every Jest run with one plain line, "Summary: N passed, N failed, N skipped", that CI (and
// a person scanning a log) can read whatever the test runner. It goes to stderr beside Jest's own
// summary, so `jest --json` output stays clean.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stderr.write(
      `Summary: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
