package org.coderise.shared.infrastructure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an outage of the database (it cannot be reached, or the connection broke) from a bug, by walking the causes
 * of a failure: the pool's and the driver's exceptions arrive wrapped in JPA's and the transaction manager's.
 */
public final class DatabaseOutage {
    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                    || sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
        }
        return cause instanceof DatabaseUnavailableException;
    }
}
