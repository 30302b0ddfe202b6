package org.coderise.grading.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;

class RunResultJsonTest {

    @Test
    void aStoredResultReadsBackEqual() {
        var result = new RunResult(Verdict.WRONG_ANSWER, "1 of 2 tests failed", List.of(
                new TestResult("test_total", "test_main.py", TestResult.Status.PASS, "", "", Duration.ofMillis(4)),
                new TestResult("test_empty", "test_main.py", TestResult.Status.FAIL, "expected 0 for []", "dbg\n",
                        Duration.ofMillis(6))),
                "", Optional.of(1), Optional.empty(), Duration.ofMillis(41), Duration.ofMillis(57), 12_345_678,
                new CapturedOutput("héllo 🎉\n", false), new CapturedOutput("x".repeat(10), true),
                Limits.defaults().withCpuTime(Duration.ofSeconds(2)));

        assertThat(RunResultJson.read(RunResultJson.write(result))).isEqualTo(result);
    }

    @Test
    void absentExitCodeAndSignalAreStoredAsNull() {
        var killed = new RunResult(Verdict.TIME_LIMIT_EXCEEDED, "", List.of(), "", Optional.empty(),
                Optional.of("SIGKILL"), Duration.ofSeconds(5), Duration.ofSeconds(6), 0, CapturedOutput.EMPTY,
                CapturedOutput.EMPTY, Limits.defaults());

        String json = RunResultJson.write(killed);

        assertThat(json).contains("\"exitCode\":null").contains("\"signal\":\"SIGKILL\"");
        assertThat(RunResultJson.read(json)).isEqualTo(killed);
    }
}
