package org.coderise.catalog.api;

import java.util.List;
import java.util.Set;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Tests;

/**
 * What grading needs to run a submission for an exercise of the current version. Holds every test, hidden ones
 * included: grading must not show a hidden test's source or input to the learner ({@link #hides}).
 *
 * @param entry the learner's main file, the sandbox entry point
 * @param tests the tests as the sandbox runs them
 * @param hiddenSuites unit test files that are hidden (a {@link TestResult#suite()} value)
 * @param hiddenCases I/O case names that are hidden (their results come with suite {@code io})
 * @param starterFiles what learners start with
 * @param supportFiles data files to lay out beside the learner's files in every run
 */
public record ExerciseSpec(String courseId, String exerciseId, int version, String programmingLanguage, String entry,
        Tests tests, Set<String> hiddenSuites, Set<String> hiddenCases, Limits limits, int points, boolean review,
        List<SourceFile> starterFiles, List<SourceFile> supportFiles) {

    public ExerciseSpec {
        hiddenSuites = Set.copyOf(hiddenSuites);
        hiddenCases = Set.copyOf(hiddenCases);
        starterFiles = List.copyOf(starterFiles);
        supportFiles = List.copyOf(supportFiles);
    }

    /** Whether this test result belongs to a hidden test, whose details the learner must not see. */
    public boolean hides(TestResult result) {
        return tests instanceof Tests.InputOutput ? hiddenCases.contains(result.name())
                : hiddenSuites.contains(result.suite());
    }
}
