package org.coderise.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.coderise.shared.domain.UtcTime;

/** Waiting times as people read them ("2 d 4 h", "35 min"), in the page's language. */
@Named
@ApplicationScoped
public class Durations {
    @Inject
    PageMessages messages;

    public String format(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return messages.text("duration.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return messages.text("duration.hours", minutes / 60, minutes % 60);
        }
        return messages.text("duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }

    /** How long ago a UTC time was, e.g. how long a request has waited. */
    public String since(LocalDateTime utc) {
        return format(Duration.between(utc, UtcTime.now()));
    }

    /** For figures that may be missing (nothing answered yet). */
    public String formatOptional(Optional<Duration> duration) {
        return duration.map(this::format).orElse("—");
    }
}
