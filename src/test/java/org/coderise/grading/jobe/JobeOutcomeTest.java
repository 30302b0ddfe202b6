package org.coderise.grading.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;

class JobeOutcomeTest {

    @Test
    void aProgramThatExitsNonZeroWithoutStderrCountsAsSuccessLikeJobe() {
        assertThat(JobeOutcome.code(run(Verdict.RUNTIME_ERROR, 3, "", Optional.empty()))).isEqualTo(15);
    }

    @Test
    void anythingOnStderrMakesItARuntimeError() {
        assertThat(JobeOutcome.code(run(Verdict.ACCEPTED, 0, "warning\n", Optional.empty()))).isEqualTo(12);
        assertThat(JobeOutcome.code(run(Verdict.RUNTIME_ERROR, 1, "Traceback", Optional.empty()))).isEqualTo(12);
    }

    @Test
    void aProgramKilledByASignalIsARuntimeErrorWithTheReasonOnStderr() {
        var json = JobeOutcome.json(run(Verdict.RUNTIME_ERROR, -1, "", Optional.of("SIGSEGV")));

        assertThat(json.getInt("outcome")).isEqualTo(12);
        assertThat(json.getString("stderr")).isEqualTo("crashed");
    }

    @Test
    void limitsCompileErrorsAndOurFailuresHaveTheirOwnCodes() {
        assertThat(JobeOutcome.code(run(Verdict.TIME_LIMIT_EXCEEDED, -1, "", Optional.of("SIGKILL")))).isEqualTo(13);
        assertThat(JobeOutcome.code(run(Verdict.MEMORY_LIMIT_EXCEEDED, -1, "", Optional.of("SIGKILL")))).isEqualTo(17);
        assertThat(JobeOutcome.code(run(Verdict.SANDBOX_ERROR, -1, "", Optional.empty()))).isEqualTo(20);
        assertThat(JobeOutcome.code(run(Verdict.ACCEPTED, -1, "", Optional.of("SIGSYS")))).isEqualTo(19);
        var compile = JobeOutcome.json(run(Verdict.COMPILE_ERROR, -1, "", Optional.empty()));
        assertThat(compile.getInt("outcome")).isEqualTo(11);
        assertThat(compile.getString("cmpinfo")).isEqualTo("prog.c:1: error");
        assertThat(compile.isNull("run_id")).isTrue();
    }

    private static RunResult run(Verdict verdict, int exit, String stderr, Optional<String> signal) {
        return new RunResult(verdict, "crashed", List.of(), verdict == Verdict.COMPILE_ERROR ? "prog.c:1: error" : "",
                exit < 0 ? Optional.empty() : Optional.of(exit), signal, Duration.ZERO, Duration.ZERO, 0,
                new CapturedOutput("out", false), new CapturedOutput(stderr, false), Limits.defaults());
    }
}
