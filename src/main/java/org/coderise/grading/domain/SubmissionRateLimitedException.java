package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** The learner has too many submissions in flight or sent too many this minute; nothing was stored. */
@ApplicationException(rollback = true)
public class SubmissionRateLimitedException extends GradingException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public SubmissionRateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the learner should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
