package org.coderise.learning.domain;

import org.coderise.shared.domain.DomainException;

/** No published course has this id. */
public class CourseNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CourseNotFoundException(String courseId) {
        super("unknown-course", 404, "No course " + courseId + ".", courseId);
    }

    @Override
    public String title() {
        return "Unknown course";
    }
}
