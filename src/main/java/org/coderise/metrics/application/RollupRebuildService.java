package org.coderise.metrics.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coderise.metrics.infrastructure.MetricsStorageException;
import org.coderise.metrics.infrastructure.RollupRebuild;
import org.coderise.shared.infrastructure.DatabaseConfiguration;

/** Rebuilds all rollups from the learner facts in one transaction (admin-triggered; also a command, see CONTRIBUTING). */
@ApplicationScoped
public class RollupRebuildService {
    private static final Logger LOG = Logger.getLogger(RollupRebuildService.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /** Returns the number of learners whose facts were summed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long rebuild() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            long learners = new RollupRebuild(connection).run();
            LOG.info(() -> "Rebuilt the metrics rollups from " + learners + " learners in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return learners;
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot rebuild the rollups", e);
        }
    }
}
