package org.coderise.metrics.domain;

import java.time.LocalDate;

/** Coarse age bands, so metrics never keeps a birth date: age is taken once, on the day the learner registered. */
public final class AgeBand {
    private static final int[] LOWER_BOUNDS = {18, 25, 35, 45, 55};
    private static final String[] LABELS = {"under-18", "18-24", "25-34", "35-44", "45-54", "55+"};

    private AgeBand() {
    }

    /** The band of someone born in {@code birthYear} on {@code on}; {@link Dimension#UNKNOWN} when not given (0 or null). */
    public static String of(Integer birthYear, LocalDate on) {
        if (birthYear == null || birthYear <= 0 || birthYear > on.getYear()) {
            return Dimension.UNKNOWN;
        }
        int age = on.getYear() - birthYear;
        for (int i = 0; i < LOWER_BOUNDS.length; i++) {
            if (age < LOWER_BOUNDS[i]) {
                return LABELS[i];
            }
        }
        return LABELS[LABELS.length - 1];
    }
}
