package org.coderise.grading.api;

import java.time.Instant;
import java.util.Optional;
import org.coderise.sandbox.api.RunResult;

/**
 * A submission as its learner sees it: hidden tests already reduced to pass/fail.
 *
 * @param finished graded, or given up on our side (then {@code result} is empty)
 * @param queuePosition 1 = next, while queued
 */
public record LearnerAttempt(long submissionId, boolean finished, Optional<Long> queuePosition, int score,
        int maxScore, Optional<RunResult> result, Instant receivedAt) {
}
