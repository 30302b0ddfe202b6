package org.coderise.grading.domain;

import java.time.Duration;
import org.coderise.shared.domain.RetryLater;

/** The learner has too many submissions in flight or sent too many this minute; nothing was stored. */
public class SubmissionRateLimitedException extends GradingException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public SubmissionRateLimitedException(String message, Duration retryAfter) {
        super("too-many-submissions", 429, message);
        this.retryAfter = retryAfter;
    }

    @Override
    public String title() {
        return "Too many submissions";
    }

    @Override
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
