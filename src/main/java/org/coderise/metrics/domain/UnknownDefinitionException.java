package org.coderise.metrics.domain;

/** The goal was asked for under a definition of "reached" that does not exist (REST: 400, {@code unknown-definition}). */
public class UnknownDefinitionException extends InvalidMetricsQueryException {
    private static final long serialVersionUID = 1L;

    public UnknownDefinitionException(String code) {
        super("unknown-definition", "Unknown definition '" + code
                + "'; use one of reached, registered, enrolled, active-30, completed", code);
    }

    @Override
    public String title() {
        return "Unknown definition of reached";
    }
}
