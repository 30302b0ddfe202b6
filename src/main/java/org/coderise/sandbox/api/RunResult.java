package org.coderise.sandbox.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a run did. Stored as JSON by grading and returned by the REST API: renaming a component breaks stored results
 * and clients.
 *
 * @param verdict the overall outcome
 * @param message a short explanation for a person (e.g. the first compiler error line, the limit that was hit);
 *     never a host path
 * @param tests per-test results in file order; empty for runs without tests
 * @param compileOutput the compiler's messages, capped; empty for interpreted languages
 * @param exitCode the program's exit status, when it exited by itself
 * @param signal the signal that ended it (e.g. {@code SIGKILL}), when one did
 * @param cpuTime CPU time used by all the run's processes
 * @param wallTime elapsed time of the run
 * @param peakMemoryBytes the highest memory use seen, 0 when the host cannot measure it
 * @param stdout standard output of a plain run (per-test output is in {@link TestResult#output()})
 * @param stderr standard error of a plain run
 * @param limits the limits that applied
 */
public record RunResult(
        Verdict verdict,
        String message,
        List<TestResult> tests,
        String compileOutput,
        Optional<Integer> exitCode,
        Optional<String> signal,
        Duration cpuTime,
        Duration wallTime,
        long peakMemoryBytes,
        CapturedOutput stdout,
        CapturedOutput stderr,
        Limits limits) {

    public RunResult {
        message = message == null ? "" : message;
        tests = List.copyOf(tests);
        compileOutput = compileOutput == null ? "" : compileOutput;
    }

    public long passedCount() {
        return tests.stream().filter(t -> t.status() == TestResult.Status.PASS).count();
    }
}
