package org.coderise.metrics.domain;

import java.time.LocalDate;

/** A date range whose end comes before its start (REST: 400, type {@code reversed-range}). */
public class ReversedRangeException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    public ReversedRangeException(LocalDate from, LocalDate to) {
        super("reversed-range", "The range ends (" + to + ") before it starts (" + from + ")", from, to);
    }

    @Override
    public String title() {
        return "The date range ends before it starts";
    }
}
