package org.coderise.sandbox.language;

import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.TestResult;

/**
 * What a unit-test harness reported.
 *
 * @param tests the results, in file order, with suites named by the laid-out file name
 * @param compileError set when the learner's code could not even be loaded (a syntax error)
 * @param complete the harness reached its end; false when the program exited or was killed mid-run
 * @param otherOutput what the program printed outside any test (e.g. at import time)
 */
public record UnitReport(List<TestResult> tests, Optional<String> compileError, boolean complete, String otherOutput) {
    public UnitReport {
        tests = List.copyOf(tests);
    }
}
