package org.coderise.grading.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coderise.grading.infrastructure.MutableClock;
import org.coderise.grading.infrastructure.QueueDatabase;
import org.coderise.grading.infrastructure.RunResultJson;
import org.coderise.grading.infrastructure.SubmissionQueue;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxStatus;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;

class GraderTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private final MutableClock clock = new MutableClock();
    private final QueueDatabase db = QueueDatabase.h2();
    private final SubmissionQueue queue = new SubmissionQueue(db.dataSource(), clock, LEASE,
            SubmissionQueue.ClaimStrategy.OPTIMISTIC);
    private final FakeSandbox sandbox = new FakeSandbox();
    private final List<RecordedGrade> recorded = new ArrayList<>();
    private final Grader grader = new Grader(queue, new OneExercise(), sandbox, 3, recorded::add);

    @Test
    void gradesWithPartialCreditAndStoresThePerTestResults() {
        sandbox.answer = result(Verdict.WRONG_ANSWER, TestResult.Status.PASS, TestResult.Status.PASS,
                TestResult.Status.FAIL);
        long id = db.submit(1L, "python", "def total(): ...", clock);

        grader.grade(queue.claim("w").orElseThrow());

        assertThat(db.status(id)).isEqualTo("GRADED");
        assertThat(db.text("SELECT score FROM grading_submission WHERE id = " + id)).isEqualTo("6");
        var stored = RunResultJson.read(db.text("SELECT result_json FROM grading_submission WHERE id = " + id));
        assertThat(stored.tests()).extracting(TestResult::status).containsExactly(
                TestResult.Status.PASS, TestResult.Status.PASS, TestResult.Status.FAIL);
        assertThat(recorded).singleElement().satisfies(r -> assertThat(r.outcome().passedTests()).isEqualTo(2));
        assertThat(sandbox.lastRequest.files()).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("def total(): ..."));
    }

    @Test
    void aSandboxThatKeepsFailingEndsTheSubmissionAsFailedWithTheReasonInsteadOfLooping() {
        sandbox.answer = result(Verdict.SANDBOX_ERROR);
        long id = db.submit(1L, "python", "print(1)", clock);

        for (int round = 0; round < 10; round++) {
            queue.claim("w").ifPresent(grader::grade);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(sandbox.runs).hasValue(3);
        assertThat(db.status(id)).isEqualTo("FAILED");
        assertThat(db.text("SELECT verdict FROM grading_submission WHERE id = " + id)).isEqualTo("SANDBOX_ERROR");
        assertThat(db.text("SELECT message FROM grading_submission WHERE id = " + id)).contains("cgroup gone");
        assertThat(queue.length()).isZero();
    }

    @Test
    void aSubmissionWhoseWorkersKeepDyingIsNotRunAgainAfterTheLastAttempt() {
        long id = db.submit(1L, "python", "print(1)", clock);
        for (int crash = 0; crash < 3; crash++) {
            queue.claim("doomed").orElseThrow();
            clock.advance(LEASE.plusSeconds(1));
        }

        grader.grade(queue.claim("w").orElseThrow());

        assertThat(sandbox.runs).hasValue(0);
        assertThat(db.status(id)).isEqualTo("FAILED");
        assertThat(db.text("SELECT attempts FROM grading_submission WHERE id = " + id)).isEqualTo("4");
    }

    @Test
    void aWorkerThatLostItsLeaseRecordsNothingAndPublishesNothing() {
        sandbox.answer = result(Verdict.ACCEPTED, TestResult.Status.PASS);
        db.submit(1L, "python", "print(1)", clock);
        Claim slow = queue.claim("slow").orElseThrow();
        clock.advance(LEASE.plusSeconds(1));
        grader.grade(queue.claim("fast").orElseThrow());

        grader.grade(slow);

        assertThat(recorded).hasSize(1);
        assertThat(db.count("SELECT COUNT(*) FROM grading_submission WHERE status = 'GRADED'")).isEqualTo(1);
    }

    private static RunResult result(Verdict verdict, TestResult.Status... statuses) {
        var tests = new ArrayList<TestResult>();
        for (int i = 0; i < statuses.length; i++) {
            tests.add(new TestResult("test_" + i, "test_main.py", statuses[i], "", "", Duration.ofMillis(3)));
        }
        return new RunResult(verdict, verdict == Verdict.SANDBOX_ERROR ? "cgroup gone" : "", tests, "",
                Optional.of(0), Optional.empty(), Duration.ofMillis(20), Duration.ofMillis(30), 0,
                CapturedOutput.EMPTY, CapturedOutput.EMPTY, Limits.defaults());
    }

    private static final class OneExercise implements ExerciseCatalog {
        private final GradingSpec spec = new GradingSpec("v1", "python", "main.py", new Tests.Unit(List.of()),
                Set.of(), Set.of(), Limits.defaults(), 10, List.of());

        @Override
        public Optional<GradingSpec> current(String courseId, String exerciseId) {
            return Optional.of(spec);
        }

        @Override
        public Optional<GradingSpec> forGrading(String courseId, String exerciseId, String catalogVersion) {
            return Optional.of(spec);
        }
    }

    private static final class FakeSandbox implements Sandbox {
        RunResult answer;
        RunRequest lastRequest;
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public RunResult run(RunRequest request) {
            runs.incrementAndGet();
            lastRequest = request;
            return answer;
        }

        @Override
        public List<LanguageInfo> languages() {
            return List.of(new LanguageInfo("python", "Python 3", "3.11", "main.py"));
        }

        @Override
        public SandboxStatus status() {
            return new SandboxStatus(true, List.of(), List.of(), 2);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
