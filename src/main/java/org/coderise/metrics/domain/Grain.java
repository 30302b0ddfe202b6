package org.coderise.metrics.domain;

import java.time.LocalDate;

/**
 * How long a rollup row's period is. Month rows let a range of years be answered from a few rows per month;
 * day rows cover the partial months at a range's ends. Codes are stored in {@code metrics_rollup.grain}.
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

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return this == DAY ? day : day.withDayOfMonth(1);
    }
}
