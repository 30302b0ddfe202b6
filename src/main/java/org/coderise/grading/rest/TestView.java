package org.coderise.grading.rest;

import org.coderise.sandbox.api.TestResult;

/**
 * One test as a learner sees it. A hidden test keeps its place and pass/fail status but shows no name, output or
 * assertion message, so the learner cannot read the hidden expectations out of it.
 */
public record TestView(String name, String status, String message, String output, long durationMillis, boolean hidden) {
    static final String HIDDEN_FAILED = "This hidden test did not pass. Check the cases the task describes.";

    static TestView visible(TestResult test) {
        return new TestView(test.name(), test.status().name(), test.message(), test.output(),
                test.duration().toMillis(), false);
    }

    static TestView hidden(TestResult test, int number) {
        boolean passed = test.status() == TestResult.Status.PASS;
        return new TestView("Hidden test " + number, passed ? "PASS" : "FAIL", passed ? "" : HIDDEN_FAILED, "",
                test.duration().toMillis(), true);
    }
}
