package org.coderise.grading.domain;

/** Where a submission is in its life. Stored by name: renaming a constant breaks stored rows. */
public enum SubmissionStatus {
    /** Stored, not yet in the queue (only inside the accepting transaction). */
    ACCEPTED,
    /** Waiting for a worker. */
    QUEUED,
    /** A worker holds its lease and is running it. */
    RUNNING,
    /** A result is recorded; final. */
    GRADED,
    /** Grading gave up (the sandbox kept failing); final, with a reason, never the learner's fault. */
    FAILED;

    public boolean inFlight() {
        return this == ACCEPTED || this == QUEUED || this == RUNNING;
    }
}
