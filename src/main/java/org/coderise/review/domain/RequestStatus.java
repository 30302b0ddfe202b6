package org.coderise.review.domain;

/** Stored by name: never rename a constant. */
public enum RequestStatus {
    /** Waiting for a decision, claimed or not. */
    OPEN,
    /** A mentor decided; the request left the queue. */
    DECIDED
}
