package org.coderise.grading.api;

/** Grading would not take the code (unknown exercise, too large, over a learner's limit); the message says why. */
public class SubmissionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SubmissionRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
