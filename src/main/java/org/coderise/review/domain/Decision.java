package org.coderise.review.domain;

/** A mentor's outcome of a review. Stored by name and sent in the REST API: never rename a constant. */
public enum Decision {
    APPROVED,
    CHANGES_REQUESTED,
    /** Closes a learner's question without judging the work; not allowed for capstones. */
    ANSWERED;

    public boolean allowedFor(RequestKind kind) {
        return this != ANSWERED || kind == RequestKind.QUESTION;
    }
}
