package org.coderise.grading.domain;

/** No submission with this id belongs to the asking learner (another learner's is reported the same way). */
public class SubmissionNotFoundException extends GradingException {
    private static final long serialVersionUID = 1L;

    public SubmissionNotFoundException(String message) {
        super("submission-not-found", 404, message);
    }

    @Override
    public String title() {
        return "Submission not found";
    }
}
