package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;

/** The submission exceeds a size cap (files, bytes). Nothing was stored. */
@ApplicationException(rollback = true)
public class SubmissionTooLargeException extends GradingException {
    private static final long serialVersionUID = 1L;

    public SubmissionTooLargeException(String message) {
        super(message);
    }
}
