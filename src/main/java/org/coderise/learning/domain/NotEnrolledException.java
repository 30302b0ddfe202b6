package org.coderise.learning.domain;

import org.coderise.shared.domain.DomainException;

/** Something that needs an enrollment was asked of a course the learner has not enrolled in. */
public class NotEnrolledException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotEnrolledException(long learnerId, String courseId) {
        super("not-enrolled", 409, "Learner " + learnerId + " is not enrolled in " + courseId + ".", courseId);
    }

    @Override
    public String title() {
        return "Not enrolled in this course";
    }
}
