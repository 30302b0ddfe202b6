package org.coderise.metrics.domain;

/** A date range longer than {@link DateRange#MAX_YEARS} years, most likely a typo (REST: 400, {@code range-too-long}). */
public class RangeTooLongException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    public RangeTooLongException(int maxYears) {
        super("range-too-long", "A range may span at most " + maxYears + " years", maxYears);
    }

    @Override
    public String title() {
        return "The date range is too long";
    }
}
