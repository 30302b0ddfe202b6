package org.coderise.grading.domain;

/** The learner submitted to a course they are not enrolled in. Nothing was stored or run. */
public class NotEnrolledException extends GradingException {
    private static final long serialVersionUID = 1L;

    public NotEnrolledException(String courseId) {
        super("not-enrolled", 403, "You are not enrolled in the course " + courseId + ": enroll first, then submit.");
    }

    @Override
    public String title() {
        return "Not enrolled";
    }
}
