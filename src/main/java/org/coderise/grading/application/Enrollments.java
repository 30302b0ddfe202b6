package org.coderise.grading.application;

/** Grading's port to learning: only enrolled learners may submit to a course. */
public interface Enrollments {

    /** Whether the learner is enrolled in the course. */
    boolean enrolled(long learnerId, String courseId);
}
