package org.coderise.learning.application;

/** A graded submission as learning counts it (from grading's {@code SubmissionGraded}). */
public record GradeReport(long submissionId, long learnerId, String courseId, String exerciseId, int score,
        int maxScore, boolean passed) {
}
