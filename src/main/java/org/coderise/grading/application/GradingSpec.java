package org.coderise.grading.application;

import java.util.List;
import java.util.Set;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;

/**
 * How one exercise is graded, as published in the catalog.
 *
 * @param catalogVersion the published version these tests belong to
 * @param language the sandbox language id
 * @param entryPoint the learner's main file, e.g. {@code main.py}
 * @param tests the tests the sandbox runs
 * @param hiddenSuites unit test files ({@code TestResult.suite()}) whose details the learner must not see
 * @param hiddenCases I/O case names (suite {@code io}) whose details the learner must not see
 * @param limits the run's limits
 * @param maxScore the points for a full pass
 * @param supportFiles data files laid out beside the learner's files in every run
 */
public record GradingSpec(String catalogVersion, String language, String entryPoint, Tests tests,
        Set<String> hiddenSuites, Set<String> hiddenCases, Limits limits, int maxScore, List<SourceFile> supportFiles) {
    public GradingSpec {
        hiddenSuites = Set.copyOf(hiddenSuites);
        hiddenCases = Set.copyOf(hiddenCases);
        supportFiles = List.copyOf(supportFiles);
    }
}
