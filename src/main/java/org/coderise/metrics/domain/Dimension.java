package org.coderise.metrics.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * The ways a rollup is broken down. {@link #ALL} is the whole program (one value, {@link #ALL_VALUE}); every other
 * dimension partitions learners, except {@link #COURSE}, where a learner counts once per course.
 * The codes are stored in {@code metrics_rollup.dimension} and used in API paths: renaming one breaks both.
 */
public enum Dimension {
    ALL("all"), COUNTRY("country"), PARTNER("partner"), COHORT("cohort"), COURSE("course"),
    AGE_BAND("age-band"), GENDER("gender");

    public static final String ALL_VALUE = "all";
    /** The value of a learner who did not give (or consent to give) this dimension: keeps every partition complete. */
    public static final String UNKNOWN = "unknown";

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The dimension with this code (case-insensitive); throws {@link UnknownDimensionException} otherwise. */
    public static Dimension ofCode(String code) {
        String wanted = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownDimensionException(code));
    }

    /** Whether the values are ids of things with a name (partners, cohorts), shown by their current name. */
    public boolean named() {
        return this == PARTNER || this == COHORT;
    }

    /** The breakdown dimension with this code: any but {@link #ALL}; throws {@link UnknownDimensionException}. */
    public static Dimension breakdownOf(String code) {
        Dimension dimension = ofCode(code);
        if (dimension == ALL) {
            throw new UnknownDimensionException(code);
        }
        return dimension;
    }

    /** The dimensions a manager can break a table down by (all but the whole program). */
    public static Dimension[] breakdowns() {
        return Arrays.stream(values()).filter(d -> d != ALL).toArray(Dimension[]::new);
    }
}
