package org.coderise.metrics.domain;

/** A breakdown was asked for by a dimension that does not exist (REST: 400, type {@code unknown-dimension}). */
public class UnknownDimensionException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    public UnknownDimensionException(String code) {
        super("unknown-dimension", "Unknown dimension '" + code
                + "'; use one of country, partner, cohort, course, age-band, gender", code);
    }

    @Override
    public String title() {
        return "Unknown breakdown dimension";
    }
}
