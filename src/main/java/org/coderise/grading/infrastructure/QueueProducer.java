package org.coderise.grading.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coderise.grading.application.GradingSettings;
import org.coderise.shared.infrastructure.DatabaseConfiguration;
import org.coderise.shared.infrastructure.DatabaseUnavailableException;

/** Builds the one {@link SubmissionQueue} of this node, choosing the claim strategy for the database in use. */
@ApplicationScoped
public class QueueProducer {
    private static final Logger LOG = Logger.getLogger(QueueProducer.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;
    @Inject
    GradingSettings settings;

    private SubmissionQueue queue;

    @PostConstruct
    void create() {
        var strategy = strategy();
        queue = new SubmissionQueue(dataSource, Clock.systemUTC(), settings.lease(), strategy);
        LOG.info(() -> "Grading queue: claims with " + strategy + ", leases of " + settings.lease().toSeconds() + " s");
    }

    private SubmissionQueue.ClaimStrategy strategy() {
        if (!"auto".equalsIgnoreCase(settings.claimStrategy())) {
            return SubmissionQueue.ClaimStrategy.valueOf(settings.claimStrategy().trim().toUpperCase());
        }
        try {
            return SubmissionQueue.strategyFor(dataSource);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Cannot tell which database grading runs on", e);
        }
    }

    @Produces
    SubmissionQueue queue() {
        return queue;
    }
}
