package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How long a rollup row's period is. Only the whole program has day rows (rates, the goal chart and the funnel need
 * days); breakdowns are by whole months, which keeps the table small and stops two ranges a day apart from singling
 * a learner out. Breakdowns also have quarter and year rows, so any range of whole months is read from at most a
 * dozen periods per group and measure (a few months, a few quarters, whole years) instead of one per month.
 * Codes are stored in {@code metrics_rollup.grain}.
 */
public enum Grain {
    DAY("D", 0), MONTH("M", 1), QUARTER("Q", 3), YEAR("Y", 12);

    private static final List<Grain> PROGRAM = List.of(DAY, MONTH);
    private static final List<Grain> BREAKDOWN = List.of(MONTH, QUARTER, YEAR);

    private final String code;
    private final int months;

    Grain(String code, int months) {
        this.code = code;
        this.months = months;
    }

    public String code() {
        return code;
    }

    /** The number of months in a period (0 for a day). */
    public int months() {
        return months;
    }

    /** The grains kept for a dimension, shortest first. */
    public static List<Grain> of(Dimension dimension) {
        return dimension == Dimension.ALL ? PROGRAM : BREAKDOWN;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return this == DAY ? day : day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 1) % months);
    }
}
