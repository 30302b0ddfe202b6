package org.coderise.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else runs. Migrations live in {@code db/migration} as one set of SQL
 * for H2 and MySQL/MariaDB. If they fail, start-up fails: CodeRise never serves against a half-migrated database.
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object start) {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            StartupGuard.started();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (FlywayException e) {
            StartupGuard.cannotStart("the database schema could not be migrated. Check that the database is "
                    + "reachable (CODERISE_DB_URL, CODERISE_DB_USER, CODERISE_DB_PASSWORD) and read the cause below.", e);
            throw new DatabaseUnavailableException("Database schema migration failed: " + e.getMessage(), e);
        }
    }
}
