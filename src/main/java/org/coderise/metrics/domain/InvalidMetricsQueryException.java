package org.coderise.metrics.domain;

import org.coderise.shared.domain.DomainException;

/**
 * A metrics question that cannot be answered as asked (a reversed or malformed range, an unknown definition); the
 * message says what to change. REST answers 400 with type {@code invalid-metrics-query}.
 */
public class InvalidMetricsQueryException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidMetricsQueryException(String message) {
        this("invalid-metrics-query", message);
    }

    protected InvalidMetricsQueryException(String type, String message) {
        super(type, 400, message);
    }

    @Override
    public String title() {
        return "The metrics question cannot be answered as asked";
    }
}
