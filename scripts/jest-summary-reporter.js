// Ends every Jest run with one plain line, "Summary: N passed, N failed, N skipped", that CI
// (and a person scanning a log) can read whatever test runner produced it.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(
      `Summary: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
