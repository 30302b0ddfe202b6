package org.coderise.grading.rest;

import org.coderise.sandbox.api.TestResult;

/**
 * One test as a learner sees it over REST; a hidden one arrives already reduced to pass/fail
 * ({@link org.coderise.grading.application.HiddenTests}) and says so.
 */
public record TestView(String name, String status, String message, String output, long durationMillis, boolean hidden) {

    static TestView of(TestResult test, boolean hidden) {
        return new TestView(test.name(), test.status().name(), test.message(), test.output(),
                test.duration().toMillis(), hidden);
    }
}
