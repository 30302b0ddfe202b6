package org.coderise.metrics.domain;

/** A date parameter that is not an ISO date like 2026-01-31 (REST: 400, type {@code malformed-date}). */
public class MalformedDateException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    /**
     * @param parameter the parameter's name ({@code from}, {@code to})
     * @param value     what was sent
     */
    public MalformedDateException(String parameter, String value) {
        super("malformed-date", "'" + parameter + "' must be a date like 2026-01-31, was '" + value + "'", parameter,
                value);
    }

    @Override
    public String title() {
        return "Malformed date";
    }
}
