package org.coderise.metrics.infrastructure;

import java.sql.SQLException;

/** The metrics tables could not be read or written; the cause says why. */
public class MetricsStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MetricsStorageException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
