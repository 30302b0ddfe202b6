package org.coderise.grading.infrastructure;

import java.sql.SQLException;

/** The queue's database could not be reached or refused a statement; the work is still safe in the database. */
public class QueueUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueUnavailableException(SQLException cause) {
        super("The grading queue's database failed: " + cause.getMessage(), cause);
    }
}
