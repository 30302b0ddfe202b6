package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.coderise.review.domain.ClaimPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Review's settings from MicroProfile Config: {@code coderise.review.claim-minutes} (default 60) and
 * {@code coderise.review.target-hours} (default 48), e.g. {@code CODERISE_REVIEW_TARGET_HOURS=24}.
 */
@ApplicationScoped
public class ReviewSettings {
    @Inject
    @ConfigProperty(name = "coderise.review.claim-minutes", defaultValue = "60")
    long claimMinutes;
    @Inject
    @ConfigProperty(name = "coderise.review.target-hours", defaultValue = "48")
    long targetHours;

    /** Dependent: a record cannot be proxied, and it is immutable anyway. */
    @Produces
    ClaimPolicy claimPolicy() {
        return new ClaimPolicy(Duration.ofMinutes(claimMinutes), Duration.ofHours(targetHours));
    }
}
