package org.coderise.shared.domain;

import java.util.List;

/**
 * A business rule said no. Unchecked, so a {@code @Transactional} use case rolls back; REST turns it into an RFC 9457
 * problem whose {@code type} is {@link #PROBLEM_BASE} + {@link #type()}, pages into a translated message whose key is
 * {@code problem.} + {@link #type()} (with {@link #arguments()} as its parameters).
 *
 * <p>The type slugs are a public contract: API clients branch on them, so never rename one once released.
 */
public abstract class DomainException extends RuntimeException {
    public static final String PROBLEM_BASE = "https://coderise.org/problems/";
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;
    private final transient List<Object> arguments;

    /**
     * @param type      stable lowercase slug, e.g. {@code duplicate-email}
     * @param status    the HTTP status that fits the condition (400, 403, 404, 409, 429…)
     * @param message   English detail for logs and API clients
     * @param arguments values a translated page message may show, in order
     */
    protected DomainException(String type, int status, String message, Object... arguments) {
        super(message);
        this.type = type;
        this.status = status;
        this.arguments = List.of(arguments);
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** A short English summary of the kind of problem, the same for every occurrence. */
    public abstract String title();
}
