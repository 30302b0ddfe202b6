package org.coderise.grading.domain;

/** The submission exceeds a size cap (body, file count, bytes). Nothing was stored. */
public class SubmissionTooLargeException extends GradingException {
    private static final long serialVersionUID = 1L;

    public SubmissionTooLargeException(String message) {
        super("submission-too-large", 413, message);
    }

    @Override
    public String title() {
        return "Submission too large";
    }
}
