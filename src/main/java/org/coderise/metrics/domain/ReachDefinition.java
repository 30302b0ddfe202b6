package org.coderise.metrics.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What "a learner reached" means when counting toward the goal. The default is the program's own definition:
 * enrolled in a course and had at least one exercise graded. Codes appear in URLs and the page's selector.
 */
public enum ReachDefinition {
    ENROLLED_AND_SUBMITTED("reached", Measure.REACHED),
    REGISTERED("registered", Measure.REGISTERED),
    ENROLLED("enrolled", Measure.ENROLLED),
    /** Not cumulative: the number active in the trailing 30 days on each day. */
    ACTIVE_30_DAYS("active-30", null),
    COMPLETED_COURSE("completed", Measure.COURSE_COMPLETED);

    private final String code;
    private final Measure measure;

    ReachDefinition(String code, Measure measure) {
        this.code = code;
        this.measure = measure;
    }

    public String code() {
        return code;
    }

    /** The cumulative measure counted, or empty for {@link #ACTIVE_30_DAYS}, which is read from the active counts. */
    public Optional<Measure> measure() {
        return Optional.ofNullable(measure);
    }

    public static ReachDefinition ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equalsIgnoreCase(code == null ? "" : code)).findFirst()
                .orElseThrow(() -> new UnknownDefinitionException(code));
    }
}
