package org.coderise.review.api;

import java.time.LocalDateTime;

/**
 * A mentor decided a review (committed). Fired inside the deciding transaction: observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. Learning is told directly (so completion and the
 * decision commit together); metrics may count these. Renaming a component breaks observers.
 *
 * @param decision APPROVED, CHANGES_REQUESTED or ANSWERED (a learner's question closed)
 * @param waitedMinutes from the request to the mentor's first response
 * @param at UTC
 */
public record ReviewCompleted(long requestId, long learnerId, long mentorId, Long cohortId, String courseId,
        String exerciseId, String decision, long waitedMinutes, LocalDateTime at) {
}
