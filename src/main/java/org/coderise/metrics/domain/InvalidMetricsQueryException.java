package org.coderise.metrics.domain;

import org.coderise.shared.domain.DomainException;

/**
 * A metrics question that cannot be answered as asked; the message says what to change. REST answers 400 with type
 * {@code invalid-metrics-query}, or the more precise type of a subclass (reversed range, range too long, malformed
 * date, unknown definition or dimension); the dashboard shows the translated {@code problem.<type>} message.
 */
public class InvalidMetricsQueryException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidMetricsQueryException(String message) {
        this("invalid-metrics-query", message);
    }

    protected InvalidMetricsQueryException(String type, String message, Object... arguments) {
        super(type, 400, message, arguments);
    }

    @Override
    public String title() {
        return "The metrics question cannot be answered as asked";
    }
}
