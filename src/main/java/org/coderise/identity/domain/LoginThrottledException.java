package org.coderise.identity.domain;

import java.time.Duration;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.domain.RetryLater;

/** Too many failed logins for this account or from this address: wait, then try again. The lock always expires. */
public class LoginThrottledException extends DomainException implements RetryLater {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public LoginThrottledException(Duration remaining) {
        super("login-throttled", 429, "Too many failed sign-in attempts. Try again in "
                + minutesToShow(remaining) + " minute(s).", minutesToShow(remaining));
        this.retryAfterSeconds = Math.max(1, remaining.toSeconds());
    }

    private static long minutesToShow(Duration remaining) {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String title() {
        return "Too many sign-in attempts";
    }
}
