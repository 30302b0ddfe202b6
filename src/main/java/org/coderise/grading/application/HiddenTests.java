package org.coderise.grading.application;

import java.util.ArrayList;
import org.coderise.grading.domain.Submission;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.TestResult;

/**
 * What a learner may see of a result: visible tests in full; a hidden test keeps its place and pass/fail status but
 * loses its name, output and assertion message, so the hidden expectations cannot be read out of it. The one place
 * the rule lives, for REST and for the exercise page.
 */
public final class HiddenTests {
    public static final String HIDDEN_FAILED = "This hidden test did not pass. Check the cases the task describes.";

    private HiddenTests() {
    }

    /** The result with every hidden test of {@code submission} reduced to pass/fail, in the same order. */
    public static RunResult redacted(RunResult result, Submission submission) {
        var tests = new ArrayList<TestResult>();
        int hidden = 0;
        for (TestResult test : result.tests()) {
            tests.add(submission.hides(test.suite(), test.name()) ? reduced(test, ++hidden) : test);
        }
        return new RunResult(result.verdict(), result.message(), tests, result.compileOutput(), result.exitCode(),
                result.signal(), result.cpuTime(), result.wallTime(), result.peakMemoryBytes(), result.stdout(),
                result.stderr(), result.limits());
    }

    private static TestResult reduced(TestResult test, int number) {
        boolean passed = test.status() == TestResult.Status.PASS;
        return new TestResult("Hidden test " + number, test.suite(), passed ? TestResult.Status.PASS
                : TestResult.Status.FAIL, passed ? "" : HIDDEN_FAILED, "", test.duration());
    }
}
