package org.coderise.review.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/** Narrows a mentor's queue; every part is optional. {@code requestedBefore} selects the overdue ones. */
public record QueueFilter(Optional<String> courseId, Optional<RequestKind> kind, Optional<Long> cohortId,
        Optional<LocalDateTime> requestedBefore) {

    public static QueueFilter none() {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
