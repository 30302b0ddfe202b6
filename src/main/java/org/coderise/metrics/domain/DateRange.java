package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of whole days. No answer is a series by day: the funnel and breakdowns sum a range into one
 * figure per group (breakdowns from month rollups) and the goal chart has one point per month, so even a 10-year range
 * is a few hundred rollup rows. Ranges longer than {@link #MAX_YEARS} years are refused as a likely typo.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final int MAX_YEARS = 20;

    public DateRange {
        if (from == null || to == null) {
            throw new InvalidMetricsQueryException("A date range needs both a start and an end (yyyy-mm-dd)");
        }
        if (to.isBefore(from)) {
            throw new ReversedRangeException(from, to);
        }
        if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            throw new RangeTooLongException(MAX_YEARS);
        }
    }

    /** The smallest range of whole calendar months that holds this one: the range breakdowns are kept for. */
    public DateRange wholeMonths() {
        return new DateRange(from.withDayOfMonth(1), to.withDayOfMonth(to.lengthOfMonth()));
    }
}
