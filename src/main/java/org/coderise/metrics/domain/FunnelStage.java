package org.coderise.metrics.domain;

/**
 * The steps of the funnel, in order. A learner is counted at a stage only if they reached every earlier stage too,
 * so each stage is at most the one before. Stored as {@code metrics_rollup.measure} with the {@code f.} prefix.
 */
public enum FunnelStage {
    REGISTERED(Measure.REGISTERED),
    ENROLLED(Measure.ENROLLED),
    FIRST_PASS(Measure.PASSED),
    MODULE_COMPLETED(Measure.MODULE_COMPLETED),
    COURSE_COMPLETED(Measure.COURSE_COMPLETED),
    CERTIFIED(Measure.CERTIFIED);

    private final Measure milestone;

    FunnelStage(Measure milestone) {
        this.milestone = milestone;
    }

    public Measure milestone() {
        return milestone;
    }

    public String code() {
        return "f." + milestone.code();
    }
}
