package org.coderise.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxStatus;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCheckTest {
    private static final Path GOOD = Path.of("src/test/resources/courses-good");

    @Test
    void acceptsSolutionsThatPassAndStartersThatFail() {
        CourseValidation.Report report = new CourseValidation().validate(GOOD, Optional.of(new SolutionOnlySandbox()), 2);

        assertThat(report.problems()).isEmpty();
        assertThat(report.checkedExercises()).isEqualTo(2);
        assertThat(report.summary()).startsWith("1 course(s), 1 valid: 1 modules, 1 lessons, 2 exercises; 0 error(s)");
    }

    @Test
    void reportsAStarterThatAlreadyPassesAndASolutionThatFails(@TempDir Path temp) throws IOException {
        Path course = CourseReaderTest.copy(GOOD.resolve("mini-python"), temp.resolve("mini-python"));
        Path total = course.resolve("01-start/02-total");
        Files.copy(total.resolve("solution/main.py"), total.resolve("starter/main.py"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(course.resolve("01-start/03-double/solution/main.py"), "print(input())\n");

        CourseValidation.Report report = new CourseValidation().validate(temp, Optional.of(new SolutionOnlySandbox()), 2);

        String module = temp.getFileName() + "/mini-python/01-start/";
        assertThat(report.problems()).map(Problem::toString).containsExactlyInAnyOrder(
                module + "02-total/exercise.yaml:1: the starter passes every test (1); it must fail "
                        + "at least one, or learners get the points for nothing",
                module + "03-double/exercise.yaml:1: the reference solution must pass every test, "
                        + "but got WRONG_ANSWER: failing: expected (expected 4)");
    }

    @Test
    void reportsTestsAndSolutionsThatDoNotParseAtTheirLine(@TempDir Path temp) throws IOException {
        Path course = CourseReaderTest.copy(GOOD.resolve("mini-python"), temp.resolve("mini-python"));
        Files.writeString(course.resolve("01-start/02-total/tests/test_main.py"),
                "import unittest\n\nclass T(unittest.TestCase):\n    def test_x(self)\n        pass\n");

        CourseValidation.Report report = new CourseValidation().validate(temp, Optional.empty(), 1);

        assertThat(report.problems()).map(Problem::toString).singleElement().asString()
                .startsWith(temp.getFileName() + "/mini-python/01-start/02-total/tests/test_main.py:4: SyntaxError:");
        assertThat(report.valid()).isEmpty();
    }

    /**
     * Passes exactly the files that were recorded as reference solutions; anything else fails one test. Stands in
     * for the real engine, which {@code ShippedCoursesTest} uses.
     */
    static final class SolutionOnlySandbox implements Sandbox {
        private final Set<String> solutions = ConcurrentHashMap.newKeySet();

        SolutionOnlySandbox() {
            List.of("def total(count, price):\n    return count * price\n",
                    "text = input()\nvalue = float(text) if \".\" in text else int(text)\nprint(value * 2)\n")
                    .forEach(solutions::add);
        }

        @Override
        public RunResult run(RunRequest request) {
            boolean passes = request.files().stream().map(SourceFile::text).anyMatch(solutions::contains);
            String name = request.tests() instanceof Tests.Unit ? "test_main.py" : "io";
            TestResult test = new TestResult("expected", name, passes ? TestResult.Status.PASS : TestResult.Status.FAIL,
                    passes ? "" : "expected 4", "", Duration.ZERO);
            return new RunResult(passes ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER, "", List.of(test), "",
                    Optional.of(0), Optional.empty(), Duration.ZERO, Duration.ZERO, 0, CapturedOutput.EMPTY,
                    CapturedOutput.EMPTY, request.limits());
        }

        @Override
        public List<LanguageInfo> languages() {
            return List.of(new LanguageInfo("python", "Python 3", "3", "main.py"));
        }

        @Override
        public SandboxStatus status() {
            return new SandboxStatus(true, List.of("fake"), List.of(), 2);
        }

        @Override
        public void close() {
        }
    }
}
