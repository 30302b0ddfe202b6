package org.coderise.grading.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coderise.grading.application.Claim;
import org.coderise.grading.application.GradingOutcome;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.sandbox.api.Verdict;
import org.junit.jupiter.api.Test;

class SubmissionQueueTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private final MutableClock clock = new MutableClock();
    private final QueueDatabase db = QueueDatabase.h2();
    private final SubmissionQueue queue = new SubmissionQueue(db.dataSource(), clock, LEASE,
            SubmissionQueue.ClaimStrategy.OPTIMISTIC);

    @Test
    void claimsTheOldestSubmissionFirstAndMarksItRunning() {
        long first = db.submit(1L, "python", "print(1)", clock);
        clock.advance(Duration.ofSeconds(1));
        db.submit(1L, "python", "print(2)", clock);

        Claim claim = queue.claim("w1").orElseThrow();

        assertThat(claim.submissionId()).isEqualTo(first);
        assertThat(claim.attempt()).isEqualTo(1);
        assertThat(db.status(first)).isEqualTo("RUNNING");
        assertThat(queue.job(claim).files()).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo("print(1)"));
    }

    @Test
    void nobodyElseClaimsASubmissionWhileItsLeaseLives() {
        db.submit(1L, "python", "print(1)", clock);
        queue.claim("w1").orElseThrow();

        clock.advance(LEASE.minusSeconds(1));

        assertThat(queue.claim("w2")).isEmpty();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndCountsAnAttempt() {
        long id = db.submit(1L, "python", "print(1)", clock);
        Claim dead = queue.claim("w1").orElseThrow();

        clock.advance(LEASE.plusSeconds(1));
        Claim takeover = queue.claim("w2").orElseThrow();

        assertThat(takeover.submissionId()).isEqualTo(id);
        assertThat(takeover.attempt()).isEqualTo(2);
        assertThat(takeover.leaseOwner()).isNotEqualTo(dead.leaseOwner());
    }

    @Test
    void theResultOfALostLeaseIsDiscardedAndTheSubmissionIsGradedOnce() {
        long id = db.submit(1L, "python", "print(1)", clock);
        Claim slow = queue.claim("w1").orElseThrow();
        clock.advance(LEASE.plusSeconds(1));
        Claim takeover = queue.claim("w2").orElseThrow();

        assertThat(queue.complete(takeover, outcome(10))).isTrue();
        assertThat(queue.complete(slow, outcome(3))).isFalse();

        assertThat(db.status(id)).isEqualTo("GRADED");
        assertThat(db.text("SELECT score FROM grading_submission WHERE id = " + id)).isEqualTo("10");
        assertThat(db.count("SELECT COUNT(*) FROM grading_queue")).isZero();
    }

    @Test
    void completingRecordsTheResultAndEmptiesTheQueueEntryInOneStep() {
        long id = db.submit(1L, "python", "print(1)", clock);
        Claim claim = queue.claim("w1").orElseThrow();

        assertThat(queue.complete(claim, outcome(7))).isTrue();

        assertThat(db.text("SELECT verdict FROM grading_submission WHERE id = " + id)).isEqualTo("WRONG_ANSWER");
        assertThat(db.text("SELECT finished_at FROM grading_submission WHERE id = " + id)).isNotNull();
        assertThat(queue.length()).isZero();
        assertThat(queue.claim("w1")).isEmpty();
    }

    @Test
    void aRetriedSubmissionWaitsForItsDelayAndKeepsCountingAttempts() {
        long id = db.submit(1L, "python", "print(1)", clock);
        Claim claim = queue.claim("w1").orElseThrow();

        assertThat(queue.retryLater(claim, "sandbox busy", Duration.ofSeconds(10))).isTrue();

        assertThat(db.status(id)).isEqualTo("QUEUED");
        assertThat(queue.claim("w1")).isEmpty();
        clock.advance(Duration.ofSeconds(11));
        assertThat(queue.claim("w1")).map(Claim::attempt).contains(2);
    }

    @Test
    void theQueuePositionCountsTheWaitingSubmissionsAhead() {
        long first = db.submit(1L, "python", "a", clock);
        clock.advance(Duration.ofMillis(5));
        long second = db.submit(2L, "python", "b", clock);
        clock.advance(Duration.ofMillis(5));
        long third = db.submit(3L, "python", "c", clock);

        assertThat(queue.position(third)).contains(3L);
        queue.claim("w1");

        assertThat(queue.position(first)).isEmpty();
        assertThat(queue.position(second)).contains(1L);
        assertThat(queue.position(third)).contains(2L);
        assertThat(queue.oldestWaiting()).isPresent();
    }

    /** H2 has no SKIP LOCKED: the optimistic claim runs here, both run on MariaDB in GradingQueueContentionIT. */
    @Test
    void concurrentWorkersClaimEverySubmissionExactlyOnce() throws Exception {
        var contention = new SubmissionQueue(db.dataSource(), java.time.Clock.systemUTC(), LEASE,
                SubmissionQueue.ClaimStrategy.OPTIMISTIC);
        for (int i = 0; i < 100; i++) {
            db.submit(i % 7, "python", "print(" + i + ")", java.time.Clock.systemUTC());
        }
        var claimedBy = new ConcurrentHashMap<Long, String>();
        var duplicates = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 6; w++) {
            String name = "w" + w;
            workers.submit(() -> {
                Optional<Claim> claim;
                while ((claim = contention.claim(name)).isPresent()) {
                    if (claimedBy.putIfAbsent(claim.get().submissionId(), name) != null) {
                        duplicates.incrementAndGet();
                    }
                    contention.complete(claim.get(), outcome(10));
                }
            });
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(duplicates).hasValue(0);
        assertThat(claimedBy).hasSize(100);
        assertThat(db.count("SELECT COUNT(*) FROM grading_submission WHERE status = 'GRADED'")).isEqualTo(100);
    }

    private static GradingOutcome outcome(int score) {
        return new GradingOutcome(SubmissionStatus.GRADED, score == 10 ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER,
                score, score, 10, "", Optional.empty());
    }

}
