package org.coderise.learning.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.coderise.learning.application.ProgressQueries;
import org.coderise.learning.application.ProgressRecording;
import org.coderise.learning.domain.ReviewState;

/**
 * What other contexts may ask of learning, and the one thing they may tell it: a mentor's decision (review).
 * Callers check their own permissions.
 */
@ApplicationScoped
public class LearningFacade {
    @Inject
    ProgressQueries queries;
    @Inject
    ProgressRecording recording;

    public boolean isEnrolled(long learnerId, String courseId) {
        return queries.enrollment(learnerId, courseId).isPresent();
    }

    /** Progress in a course the learner is enrolled in; empty otherwise or when the course is not published. */
    public Optional<CourseProgressSummary> progress(long learnerId, String courseId) {
        return queries.enrollment(learnerId, courseId).flatMap(enrollment ->
                queries.courseProgress(learnerId, courseId, Locale.ENGLISH).map(p -> new CourseProgressSummary(
                        courseId, p.doneCount(), p.totalCount(), p.percent(),
                        enrollment.completedAt().map(t -> t.toInstant(ZoneOffset.UTC)))));
    }

    /** The best graded result on an exercise; empty before the first graded attempt. */
    public Optional<ExerciseScore> bestScore(long learnerId, String courseId, String exerciseId) {
        return queries.item(learnerId, courseId, exerciseId).filter(p -> p.attempts() > 0)
                .map(p -> new ExerciseScore(p.bestScore(), p.maxScore(), p.passed(), p.attempts(),
                        p.reviewState() == ReviewState.APPROVED));
    }

    /**
     * Records a mentor's decision on an exercise that needs review. Approval makes the exercise count as done (once
     * it passed its tests) and may complete the module and course; a later "changes requested" takes it back until
     * the next approval, though a course once completed stays completed.
     *
     * @throws RuntimeException (learning's {@code NotEnrolledException}) when the learner is not enrolled
     */
    public void recordReviewDecision(long learnerId, String courseId, String exerciseId, boolean approved) {
        recording.recordReview(learnerId, courseId, exerciseId, approved);
    }
}
