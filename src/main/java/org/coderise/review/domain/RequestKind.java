package org.coderise.review.domain;

/** Why a submission is in the queue. Stored by name: never rename a constant. */
public enum RequestKind {
    /** The exercise is marked {@code review: true}: a mentor must approve it before it counts as done. */
    CAPSTONE,
    /** The learner asked a mentor a question about one of their attempts. */
    QUESTION
}
