package org.coderise.metrics.domain;

/**
 * A first-time fact about a learner, counted once per learner (or once per learner and course for the course
 * dimension) on the day it first happened. Codes are stored in {@code metrics_rollup.measure}: renaming breaks them.
 */
public enum Measure {
    REGISTERED("registered"),
    ENROLLED("enrolled"),
    SUBMITTED("submitted"),
    /** Enrolled in a course and had at least one exercise graded: the default meaning of "reached". */
    REACHED("reached"),
    PASSED("passed"),
    MODULE_COMPLETED("module"),
    COURSE_COMPLETED("course"),
    CERTIFIED("certificate");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
