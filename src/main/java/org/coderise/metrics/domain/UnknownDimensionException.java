package org.coderise.metrics.domain;

/** A breakdown was asked for by a dimension that does not exist. */
public class UnknownDimensionException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    public UnknownDimensionException(String code) {
        super("Unknown dimension '" + code + "'; use one of country, partner, cohort, course, age-band, gender");
    }
}
