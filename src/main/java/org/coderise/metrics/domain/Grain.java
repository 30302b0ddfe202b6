package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How long a rollup row's period is. Month rows let a range of years be answered from a few rows per month;
 * day rows cover the partial months at a range's ends. Only the whole program has day rows: breakdowns are by
 * whole months, which keeps the table small and stops two ranges a day apart from singling a learner out.
 * Codes are stored in {@code metrics_rollup.grain}.
 */
public enum Grain {
    DAY("D"), MONTH("M");

    private final String code;

    Grain(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    private static final List<Grain> PROGRAM = List.of(DAY, MONTH);
    private static final List<Grain> BREAKDOWN = List.of(MONTH);

    /** The grains kept for a dimension. */
    public static List<Grain> of(Dimension dimension) {
        return dimension == Dimension.ALL ? PROGRAM : BREAKDOWN;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return this == DAY ? day : day.withDayOfMonth(1);
    }
}
