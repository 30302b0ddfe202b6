package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.coderise.metrics.domain.Goal;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The program's goal and the suppression threshold, from MicroProfile Config (environment variables in production). */
@ApplicationScoped
public class MetricsSettings {
    private final Goal goal;
    private final SmallCellSuppression suppression;

    @Inject
    public MetricsSettings(@ConfigProperty(name = "coderise.metrics.goal.target", defaultValue = "1000000") long target,
                           @ConfigProperty(name = "coderise.metrics.goal.deadline", defaultValue = "2030-12-31")
                           String deadline,
                           @ConfigProperty(name = "coderise.metrics.k", defaultValue = "10") int k) {
        this.goal = new Goal(target, LocalDate.parse(deadline));
        this.suppression = new SmallCellSuppression(k);
    }

    /** For CDI's proxy only. */
    protected MetricsSettings() {
        this.goal = null;
        this.suppression = null;
    }

    public Goal goal() {
        return goal;
    }

    public SmallCellSuppression suppression() {
        return suppression;
    }
}
