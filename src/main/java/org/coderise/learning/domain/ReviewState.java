package org.coderise.learning.domain;

/** Where a mentor-reviewed exercise stands. Stored by name: never rename a constant. */
public enum ReviewState {
    /** No mentor has decided (or the exercise needs no review). */
    NONE,
    APPROVED,
    CHANGES_REQUESTED
}
