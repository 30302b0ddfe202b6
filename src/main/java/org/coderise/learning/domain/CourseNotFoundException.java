package org.coderise.learning.domain;

import jakarta.ejb.ApplicationException;

/** No published course has this id. */
@ApplicationException(rollback = true)
public class CourseNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CourseNotFoundException(String courseId) {
        super("No course " + courseId + ".");
    }
}
