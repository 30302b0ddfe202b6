package org.coderise.grading.application;

import java.time.LocalDateTime;

/**
 * A worker's lease on one queued submission. Only the holder of the current lease can record a result: when the lease
 * expires and another worker claims the submission, {@code leaseOwner} changes and the first worker's write is refused.
 *
 * @param submissionId the submission
 * @param leaseOwner unique per claim (worker name plus a random part)
 * @param attempt 1 for the first claim, counting claims whose lease expired or that were retried
 * @param language the sandbox language id
 * @param enqueuedAt when the submission entered the queue (UTC), for the queue-wait figure
 * @param startedAt when this claim was taken (UTC)
 */
public record Claim(long submissionId, String leaseOwner, int attempt, String language, LocalDateTime enqueuedAt,
        LocalDateTime startedAt) {
}
