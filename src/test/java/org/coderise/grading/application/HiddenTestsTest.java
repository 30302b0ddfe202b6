package org.coderise.grading.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

class HiddenTestsTest {

    @Test
    void aHiddenInputOutputCaseIsReducedToPassOrFailAndVisibleCasesStayWhole() {
        var submission = new Submission(7, new ExerciseRef("java", "hello-name", "3"), "java",
                new SubmittedFiles(List.of(new SubmittedFile("Main.java", "class Main {}"))), Set.of(),
                Set.of("Nokuthula"), 5, LocalDateTime.of(2026, 11, 28, 12, 0));
        var result = new RunResult(Verdict.WRONG_ANSWER, "", List.of(
                new TestResult("Amina", "io", TestResult.Status.PASS, "", "Hello, Amina!", Duration.ofMillis(40)),
                new TestResult("Nokuthula", "io", TestResult.Status.ERROR, "expected Hello, Nokuthula!",
                        "Hello, Noku", Duration.ofMillis(41))),
                "", Optional.of(0), Optional.empty(), Duration.ZERO, Duration.ZERO, 0, CapturedOutput.EMPTY,
                CapturedOutput.EMPTY, Limits.defaults());

        var tests = HiddenTests.redacted(result, submission).tests();

        assertThat(tests.get(0)).isEqualTo(result.tests().get(0));
        assertThat(tests.get(1).name()).isEqualTo("Hidden test 1");
        assertThat(tests.get(1).status()).isEqualTo(TestResult.Status.FAIL);
        assertThat(tests.get(1).message()).isEqualTo(HiddenTests.HIDDEN_FAILED);
        assertThat(tests.get(1).output()).isEmpty();
    }
}
