package org.coderise.review.application;

import java.util.List;
import java.util.Optional;

/** Identity as review needs it. Never gives contact details: mentors see display names and the work only. */
public interface People {

    /** The caller of the current request; empty when not signed in. */
    Optional<Caller> current();

    /** A user's display name; empty for unknown or erased accounts. */
    Optional<String> displayName(long userId);

    /** The cohorts a user belongs to: a learner's, or the ones a mentor is assigned to. */
    List<Long> cohortIds(long userId);
}
