package org.coderise.grading.domain;

/** The submission is malformed (no files, unsafe or repeated file names, not JSON). Nothing was stored. */
public class InvalidSubmissionException extends GradingException {
    private static final long serialVersionUID = 1L;

    public InvalidSubmissionException(String message) {
        super("invalid-submission", 400, message);
    }

    @Override
    public String title() {
        return "Invalid submission";
    }
}
