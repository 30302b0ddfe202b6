package org.coderise.review.domain;

import java.util.Optional;

/** Narrows a mentor's queue; every part is optional. {@code overdueOnly} keeps requests waiting past the target. */
public record QueueFilter(Optional<String> courseId, Optional<RequestKind> kind, Optional<Long> cohortId,
        boolean overdueOnly) {

    public static QueueFilter none() {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
