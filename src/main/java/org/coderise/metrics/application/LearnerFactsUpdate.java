package org.coderise.metrics.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.coderise.metrics.domain.Contributions;
import org.coderise.metrics.domain.LearnerFacts;
import org.coderise.metrics.infrastructure.LearnerFactsStore;
import org.coderise.metrics.infrastructure.MetricsStorageException;
import org.coderise.metrics.infrastructure.RollupStore;
import org.coderise.shared.infrastructure.DatabaseConfiguration;

/**
 * One change to one learner's facts and the rollups, in its own transaction: lock the learner, compute the facts
 * after the change, store them and add the difference of their contributions. Nothing changes if the facts do not.
 */
@ApplicationScoped
public class LearnerFactsUpdate {
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(long learnerId, UnaryOperator<LearnerFacts> change) {
        try (Connection connection = dataSource.getConnection()) {
            LearnerFactsStore facts = new LearnerFactsStore(connection);
            LearnerFacts before = facts.lock(learnerId);
            LearnerFacts after = change.apply(before);
            Contributions difference = Contributions.of(after).minus(Contributions.of(before));
            facts.save(before, after);
            new RollupStore(connection).add(difference);
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot update learner " + learnerId, e);
        }
    }

    /** Removes the learner and everything they contributed (account erasure). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void erase(long learnerId) {
        try (Connection connection = dataSource.getConnection()) {
            LearnerFactsStore facts = new LearnerFactsStore(connection);
            LearnerFacts before = facts.lock(learnerId);
            facts.delete(learnerId);
            new RollupStore(connection).add(Contributions.none().minus(Contributions.of(before)));
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot erase learner " + learnerId, e);
        }
    }
}
