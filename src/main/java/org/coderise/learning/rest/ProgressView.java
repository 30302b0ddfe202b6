package org.coderise.learning.rest;

import java.util.Optional;
import org.coderise.learning.api.CourseProgressSummary;
import org.coderise.learning.domain.Certificate;

/**
 * A course's progress over REST. A wire contract: renaming a component breaks API clients.
 *
 * @param completedAt ISO-8601 UTC, null while not complete
 * @param certificateCode the certificate's verification code once earned, else null
 */
public record ProgressView(String courseId, int doneItems, int totalItems, int percent, String completedAt,
        String certificateCode) {

    static ProgressView of(CourseProgressSummary summary, Optional<Certificate> certificate) {
        return new ProgressView(summary.courseId(), summary.doneItems(), summary.totalItems(), summary.percent(),
                summary.completedAt().map(Object::toString).orElse(null),
                certificate.map(c -> c.code().value()).orElse(null));
    }
}
