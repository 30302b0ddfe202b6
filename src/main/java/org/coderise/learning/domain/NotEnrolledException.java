package org.coderise.learning.domain;

import jakarta.ejb.ApplicationException;

/** Something that needs an enrollment was asked of a course the learner has not enrolled in. */
@ApplicationException(rollback = true)
public class NotEnrolledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotEnrolledException(long learnerId, String courseId) {
        super("Learner " + learnerId + " is not enrolled in " + courseId + ".");
    }
}
