package org.coderise.grading.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coderise.grading.application.Claim;
import org.coderise.grading.application.ExerciseCatalog;
import org.coderise.grading.application.Grader;
import org.coderise.grading.application.GradingSpec;
import org.coderise.grading.application.RecordedGrade;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxStatus;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two worker pools (as two CodeRise nodes would run them) grade 200 submissions from one database: each is graded
 * exactly once, with either claim strategy. Runs on the database the container tests use: MariaDB with
 * {@code -Pmariadb} (which sets {@code CODERISE_DB_URL}), otherwise an in-memory H2 (optimistic claims only there).
 * Needs no container: the queue is plain SQL.
 */
class GradingQueueContentionIT {
    private static final Logger LOG = Logger.getLogger(GradingQueueContentionIT.class.getName());
    private static final int SUBMISSIONS = 200;
    private static final int WORKERS_PER_POOL = 4;

    @ParameterizedTest
    @EnumSource(SubmissionQueue.ClaimStrategy.class)
    void twoWorkerPoolsOnOneDatabaseGradeEverySubmissionExactlyOnce(SubmissionQueue.ClaimStrategy strategy)
            throws Exception {
        Optional<DataSource> mariadb = mariadb();
        assumeTrue(mariadb.isPresent() || strategy == SubmissionQueue.ClaimStrategy.OPTIMISTIC,
                "SKIP LOCKED needs MySQL/MariaDB: run with -Pmariadb");
        QueueDatabase db = mariadb.map(QueueDatabase::at).orElseGet(QueueDatabase::h2);
        Clock clock = Clock.systemUTC();
        for (int i = 0; i < SUBMISSIONS; i++) {
            db.submit(i % 13, "python", "print(" + i + ")", clock);
        }
        var runs = new ConcurrentHashMap<Long, AtomicInteger>();
        var recorded = new AtomicInteger();
        long start = System.nanoTime();

        ExecutorService pools = Executors.newFixedThreadPool(2 * WORKERS_PER_POOL);
        for (String node : List.of("node-a", "node-b")) {
            var queue = new SubmissionQueue(db.dataSource(), clock, Duration.ofMinutes(2), strategy);
            var grader = new Grader(queue, new AnyExercise(), new CountingSandbox(runs), 3,
                    (RecordedGrade grade) -> recorded.incrementAndGet());
            for (int w = 0; w < WORKERS_PER_POOL; w++) {
                String worker = node + "/w" + w;
                pools.submit(() -> drain(queue, grader, worker));
            }
        }
        pools.shutdown();
        assertThat(pools.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> strategy + " on " + (mariadb.isPresent() ? "MariaDB" : "H2") + ": " + SUBMISSIONS
                + " graded by 2 pools of " + WORKERS_PER_POOL + " in " + millis + " ms");

        assertThat(recorded).hasValue(SUBMISSIONS);
        assertThat(runs).hasSize(SUBMISSIONS);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(db.count("SELECT COUNT(*) FROM grading_submission WHERE status = 'GRADED' AND score = 10"))
                .isEqualTo(SUBMISSIONS);
        assertThat(db.count("SELECT COUNT(*) FROM grading_queue")).isZero();
    }

    private static Void drain(SubmissionQueue queue, Grader grader, String worker) {
        Optional<Claim> claim;
        while ((claim = queue.claim(worker)).isPresent()) {
            grader.grade(claim.get());
        }
        return null;
    }

    private static Optional<DataSource> mariadb() {
        String url = System.getenv("CODERISE_DB_URL");
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return Optional.empty();
        }
        var ds = new MysqlDataSource();
        ds.setURL(url);
        ds.setUser(System.getenv("CODERISE_DB_USER"));
        ds.setPassword(System.getenv("CODERISE_DB_PASSWORD"));
        return Optional.of(ds);
    }

    private static final class AnyExercise implements ExerciseCatalog {
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

    /** Counts how often each submission's code is run, by its source text. */
    private record CountingSandbox(ConcurrentHashMap<Long, AtomicInteger> runs) implements Sandbox {
        @Override
        public RunResult run(RunRequest request) {
            String source = request.files().get(0).text();
            long id = Long.parseLong(source.substring("print(".length(), source.length() - 1));
            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            return new RunResult(Verdict.ACCEPTED, "", new ArrayList<>(), "", Optional.of(0), Optional.empty(),
                    Duration.ofMillis(1), Duration.ofMillis(1), 0, CapturedOutput.EMPTY, CapturedOutput.EMPTY,
                    Limits.defaults());
        }

        @Override
        public List<LanguageInfo> languages() {
            return List.of();
        }

        @Override
        public SandboxStatus status() {
            return new SandboxStatus(true, List.of(), List.of(), 8);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
