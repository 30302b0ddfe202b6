package org.coderise.metrics.domain;

/** A metrics question that cannot be answered as asked (bad range, unknown name); the message says what to change. */
public class InvalidMetricsQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidMetricsQueryException(String message) {
        super(message);
    }
}
