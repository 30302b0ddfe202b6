package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Rebuilds the metrics rollups from the command line, against the database of {@code CODERISE_DB_URL}
 * ({@code CODERISE_DB_USER}, {@code CODERISE_DB_PASSWORD}), in one transaction:
 * {@code mvn -q compile exec:java -Dexec.classpathScope=compile
 * -Dexec.mainClass=org.coderise.metrics.infrastructure.RebuildRollupsCommand}. The same as the admin's
 * {@code POST /api/v1/metrics/rebuild}, for databases too large to rebuild within a request.
 */
public final class RebuildRollupsCommand {
    private static final Logger LOG = Logger.getLogger(RebuildRollupsCommand.class.getName());

    private RebuildRollupsCommand() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("CODERISE_DB_URL",
                "jdbc:h2:file:" + System.getProperty("user.home") + "/.coderise/db/coderise;MODE=LEGACY");
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("CODERISE_DB_USER", "coderise"),
                System.getenv().getOrDefault("CODERISE_DB_PASSWORD", "coderise"))) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long learners = new RollupRebuild(connection).run();
            connection.commit();
            LOG.info(() -> "Rebuilt the metrics rollups of " + learners + " learners in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }
}
