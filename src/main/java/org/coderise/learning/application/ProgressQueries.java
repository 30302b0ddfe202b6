package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coderise.learning.domain.CourseProgress;
import org.coderise.learning.domain.Enrollment;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.domain.LearningRepository;

/** Read-only answers about a learner's progress, for pages and for other contexts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressQueries {
    @Inject
    LearningRepository repository;
    @Inject
    CourseOutlines outlines;

    public Optional<Enrollment> enrollment(long learnerId, String courseId) {
        return repository.findEnrollment(learnerId, courseId);
    }

    /** The learner's enrollments, most recently visited first. */
    public List<Enrollment> enrollments(long learnerId) {
        return repository.enrollmentsOf(learnerId);
    }

    /** Progress rolled up over the course's current outline; empty when the course is not published. */
    public Optional<CourseProgress> courseProgress(long learnerId, String courseId, Locale locale) {
        return outlines.find(courseId, locale)
                .map(outline -> new CourseProgress(outline, repository.progress(learnerId, courseId)));
    }

    /** The learner's progress on each item of a course they have touched. */
    public List<ItemProgress> progressItems(long learnerId, String courseId) {
        return repository.progress(learnerId, courseId);
    }

    /** The learner's latest graded exercises, newest first. */
    public List<ItemProgress> recentlyGraded(long learnerId, int limit) {
        return repository.recentlyGraded(learnerId, limit);
    }

    public Optional<ItemProgress> item(long learnerId, String courseId, String itemId) {
        return repository.findProgress(learnerId, courseId, itemId);
    }

    /** Whether a graded submission has been counted into progress yet (grading reports it just after its commit). */
    public boolean isCounted(long submissionId) {
        return repository.isCounted(submissionId);
    }
}
