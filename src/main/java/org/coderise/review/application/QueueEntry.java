package org.coderise.review.application;

import java.time.Duration;
import java.time.LocalDateTime;
import org.coderise.review.domain.RequestKind;

/**
 * One line of a mentor's queue: the work and the learner's display name, never contact details.
 *
 * @param waiting since the request, to now
 * @param overdue waiting longer than the target without any response
 * @param claimedByMe the caller holds the live claim
 */
public record QueueEntry(long requestId, RequestKind kind, String courseId, String courseTitle, String exerciseId,
        String exerciseTitle, String learnerName, Long cohortId, LocalDateTime requestedAt, Duration waiting,
        boolean overdue, boolean claimedByMe, LocalDateTime claimExpiresAt) {
}
