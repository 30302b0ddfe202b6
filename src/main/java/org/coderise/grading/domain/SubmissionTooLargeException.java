package org.coderise.grading.domain;

/**
 * The submission exceeds a size cap (body, file count, bytes). Nothing was stored. The one argument is the limit as
 * pages show it ("256 KB", "20 files").
 */
public class SubmissionTooLargeException extends GradingException {
    private static final long serialVersionUID = 1L;

    public SubmissionTooLargeException(String message, String limit) {
        super("submission-too-large", 413, message, limit);
    }

    @Override
    public String title() {
        return "Submission too large";
    }
}
