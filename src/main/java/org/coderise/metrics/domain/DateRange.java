package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of whole days. Breakdowns sum a range into one figure per group, so even a long range is cheap
 * (month rollups); ranges longer than {@link #MAX_YEARS} years are refused as a likely mistake.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final int MAX_YEARS = 20;

    public DateRange {
        if (from == null || to == null) {
            throw new InvalidMetricsQueryException("A date range needs both a start and an end (yyyy-mm-dd)");
        }
        if (to.isBefore(from)) {
            throw new InvalidMetricsQueryException("The range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            throw new InvalidMetricsQueryException("A range may span at most " + MAX_YEARS + " years");
        }
    }

    /** The smallest range of whole calendar months that holds this one: the range breakdowns are kept for. */
    public DateRange wholeMonths() {
        return new DateRange(from.withDayOfMonth(1), to.withDayOfMonth(to.lengthOfMonth()));
    }
}
