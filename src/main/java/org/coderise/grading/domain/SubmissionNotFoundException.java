package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;

/** No submission with this id belongs to the asking learner (another learner's is reported the same way). */
@ApplicationException(rollback = true)
public class SubmissionNotFoundException extends GradingException {
    private static final long serialVersionUID = 1L;

    public SubmissionNotFoundException(String message) {
        super(message);
    }
}
