package org.coderise.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of CodeRise. Its URL decides the database: the embedded H2 file database by default, MySQL or
 * MariaDB when {@code CODERISE_DB_URL} starts with {@code jdbc:mysql:} (see {@link SwitchingDataSource}).
 * <p>
 * Every connection is validated with {@code Connection.isValid} (a round trip) before it is handed out, and one failed
 * validation closes the whole pool: after a database restart every pooled connection is dead at once. "meta-data"
 * validation looked the same but never reached the server with Connector/J, so after a MariaDB restart the nodes kept
 * handing out dead connections (found by {@code src/ops/drills.sh restart-db}).
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "org.coderise.shared.infrastructure.SwitchingDataSource",
        url = "${MPCONFIG=coderise.db.url}",
        user = "${MPCONFIG=coderise.db.user}",
        password = "${MPCONFIG=coderise.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DatabaseConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/coderise";
}
