package org.coderise.grading.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coderise.grading.application.HiddenTests;
import org.coderise.grading.domain.ExerciseRef;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;

class SubmissionViewTest {

    @Test
    void hiddenTestsShowOnlyPassOrFailAndASafeMessage() {
        var submission = new Submission(7, new ExerciseRef("py", "sum", "v1"), "python",
                new SubmittedFiles(List.of(new SubmittedFile("main.py", "x = 1"))), Set.of("test_hidden.py"), Set.of(), 10,
                LocalDateTime.of(2026, 11, 28, 12, 0));
        var result = new RunResult(Verdict.WRONG_ANSWER, "", List.of(
                new TestResult("test_visible", "test_main.py", TestResult.Status.FAIL, "expected 3 for [1, 2]", "out",
                        Duration.ofMillis(2)),
                new TestResult("test_secret_negative", "test_hidden.py", TestResult.Status.FAIL,
                        "expected -4 for [-1, -3]", "secret output", Duration.ofMillis(2)),
                new TestResult("test_secret_empty", "test_hidden.py", TestResult.Status.PASS, "", "",
                        Duration.ofMillis(1))),
                "", Optional.of(1), Optional.empty(), Duration.ZERO, Duration.ZERO, 0, CapturedOutput.EMPTY,
                CapturedOutput.EMPTY, Limits.defaults());

        List<TestView> tests = SubmissionView.tests(result, submission);

        assertThat(tests.get(0)).isEqualTo(new TestView("test_visible", "FAIL", "expected 3 for [1, 2]", "out", 2, false));
        assertThat(tests.get(1)).isEqualTo(new TestView("Hidden test 1", "FAIL", HiddenTests.HIDDEN_FAILED, "", 2, true));
        assertThat(tests.get(2)).isEqualTo(new TestView("Hidden test 2", "PASS", "", "", 1, true));
        assertThat(tests.toString()).doesNotContain("secret").doesNotContain("-4");
    }
}
