package org.coderise.sandbox.api;

import java.time.Duration;

/**
 * The result of one test, in the spirit of Exercism's results.json version 3.
 *
 * @param name the test's name (method or case name)
 * @param suite the file (unit tests) or {@code io} (I/O tests) the test came from; grading uses it to tell hidden
 *     tests from visible ones
 * @param status pass, fail (an assertion did not hold) or error (the test crashed or timed out)
 * @param message what was expected and what came, for a person; empty on pass
 * @param output what the test printed, capped
 * @param duration how long it ran
 */
public record TestResult(String name, String suite, Status status, String message, String output, Duration duration) {

    public TestResult {
        message = message == null ? "" : message;
        output = output == null ? "" : output;
        duration = duration == null ? Duration.ZERO : duration;
    }

    public enum Status { PASS, FAIL, ERROR }
}
