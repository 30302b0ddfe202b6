package org.coderise.review.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a claim lasts ({@code coderise.review.claim-minutes}, default 60) and when a waiting request is overdue
 * ({@code coderise.review.target-hours}, default 48). Expiry keeps the queue moving when a mentor walks away.
 */
public record ClaimPolicy(Duration claimLength, Duration target) {
    public ClaimPolicy {
        if (claimLength.isNegative() || claimLength.isZero() || target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("Claim length and target must be positive");
        }
    }

    public LocalDateTime expiresAt(LocalDateTime now) {
        return now.plus(claimLength);
    }

    /** A request still waiting for its first response after the target is overdue. */
    public boolean overdue(LocalDateTime requestedAt, LocalDateTime now) {
        return Duration.between(requestedAt, now).compareTo(target) > 0;
    }
}
