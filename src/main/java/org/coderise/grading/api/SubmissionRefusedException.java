package org.coderise.grading.api;

import java.util.List;
import org.coderise.grading.domain.GradingException;

/**
 * Grading would not take the code (unknown exercise, not enrolled, too large, over a learner's limit). The message
 * says why in English; {@link #type()} and {@link #arguments()} let a page say it in the learner's language.
 */
public class SubmissionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final transient List<Object> arguments;

    public SubmissionRefusedException(GradingException cause) {
        super(cause.getMessage(), cause);
        this.type = cause.type();
        this.arguments = cause.arguments();
    }

    /** The problem type slug, as the REST API names it ({@code submission-too-large}, {@code not-enrolled}…). */
    public String type() {
        return type;
    }

    /** The values the translated message shows, in order (the limit for {@code submission-too-large}). */
    public List<Object> arguments() {
        return arguments;
    }
}
