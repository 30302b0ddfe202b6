package org.coderise.shared.infrastructure;

/** The database cannot be reached or brought to the expected schema; nothing can be served until it can. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
