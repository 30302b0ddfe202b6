package org.coderise.grading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coderise.grading.application.Enrollments;
import org.coderise.learning.api.LearningFacade;

/** Grading's enrollment port on learning's facade. */
@ApplicationScoped
public class LearningEnrollments implements Enrollments {
    @Inject
    LearningFacade learning;

    @Override
    public boolean enrolled(long learnerId, String courseId) {
        return learning.isEnrolled(learnerId, courseId);
    }
}
