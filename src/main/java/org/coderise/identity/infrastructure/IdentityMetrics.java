package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.coderise.identity.api.LearnerRegistered;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Counts committed registrations for {@code /metrics} (logins are counted where they are checked). */
@ApplicationScoped
class IdentityMetrics {
    @Inject
    MetricRegistry metrics;

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) LearnerRegistered event) {
        metrics.counter("coderise_registrations").inc();
    }
}
