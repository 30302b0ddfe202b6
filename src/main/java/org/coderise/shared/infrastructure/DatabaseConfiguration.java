package org.coderise.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of CodeRise. Its URL decides the database: the embedded H2 file database by default, MySQL or
 * MariaDB when {@code CODERISE_DB_URL} starts with {@code jdbc:mysql:} (see {@link SwitchingDataSource}).
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
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DatabaseConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/coderise";
}
