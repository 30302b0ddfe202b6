package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;

/** The submission is malformed (no files, unsafe or repeated file names). Nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidSubmissionException extends GradingException {
    private static final long serialVersionUID = 1L;

    public InvalidSubmissionException(String message) {
        super(message);
    }
}
