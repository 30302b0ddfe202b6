package org.coderise.metrics.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.coderise.metrics.domain.LearnerFacts;
import org.coderise.metrics.infrastructure.LearnerFactsChange;
import org.coderise.metrics.infrastructure.MetricsStorageException;
import org.coderise.shared.infrastructure.DatabaseConfiguration;

/** Runs each {@link LearnerFactsChange} in a transaction of its own, so a failed one can be retried alone. */
@ApplicationScoped
public class LearnerFactsUpdate {
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(long learnerId, UnaryOperator<LearnerFacts> change) {
        try (Connection connection = dataSource.getConnection()) {
            new LearnerFactsChange(connection).apply(learnerId, change);
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot update the metrics of learner " + learnerId, e);
        }
    }
}
