package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.coderise.learning.api.LessonCompleted;
import org.coderise.learning.domain.CountedSubmission;
import org.coderise.learning.domain.CourseNotFoundException;
import org.coderise.learning.domain.CourseOutline;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.NotEnrolledException;

/**
 * Moves a learner's progress: lessons read, graded results, mentor decisions. After each change the completion rule
 * runs ({@link Completion}); every fact goes out after the commit.
 */
@ApplicationScoped
@Transactional
public class ProgressRecording {
    private static final Logger LOG = Logger.getLogger(ProgressRecording.class.getName());

    @Inject
    LearningRepository repository;
    @Inject
    CourseOutlines outlines;
    @Inject
    Completion completion;
    @Inject
    LearningEvents events;
    Clock clock = Clock.systemUTC();

    /**
     * Marks a lesson read (again is harmless).
     *
     * @throws NotEnrolledException when the learner is not enrolled in the course
     */
    public void markLessonDone(long learnerId, String courseId, String lessonId) {
        requireEnrolled(learnerId, courseId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Object> facts = new ArrayList<>();
        change(learnerId, courseId, lessonId, facts, p -> {
            if (p.markLessonDone(now)) {
                facts.add(new LessonCompleted(learnerId, courseId, lessonId, now.toInstant(ZoneOffset.UTC)));
            }
        });
        events.publishAfterCommit(facts);
    }

    /**
     * Counts a graded submission into the exercise's best score. A submission already counted changes nothing, so a
     * redelivered result is harmless. Results for courses the learner is not enrolled in are ignored (logged).
     */
    public void countGrade(GradeReport grade) {
        if (repository.isCounted(grade.submissionId())) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        repository.add(new CountedSubmission(grade.submissionId(), now));
        if (repository.findEnrollment(grade.learnerId(), grade.courseId()).isEmpty()) {
            LOG.info(() -> "Submission " + grade.submissionId() + " is for a course its learner is not enrolled in.");
            return;
        }
        List<Object> facts = new ArrayList<>();
        change(grade.learnerId(), grade.courseId(), grade.exerciseId(), facts,
                p -> p.recordAttempt(grade.score(), grade.maxScore(), grade.passed(), now));
        events.publishAfterCommit(facts);
    }

    /**
     * Records a mentor's decision on an exercise that needs review; approval makes it count as done.
     *
     * @throws NotEnrolledException when the learner is not enrolled in the course
     */
    public void recordReview(long learnerId, String courseId, String exerciseId, boolean approved) {
        requireEnrolled(learnerId, courseId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Object> facts = new ArrayList<>();
        change(learnerId, courseId, exerciseId, facts, p -> p.recordReview(approved, now));
        events.publishAfterCommit(facts);
    }

    private void change(long learnerId, String courseId, String itemId, List<Object> facts,
            Consumer<ItemProgress> change) {
        CourseOutline outline = outlines.find(courseId, Locale.ENGLISH)
                .orElseThrow(() -> new CourseNotFoundException(courseId));
        List<ItemProgress> progress = new ArrayList<>(repository.progress(learnerId, courseId));
        var before = completion.snapshot(outline, progress);
        ItemProgress item = progress.stream().filter(p -> p.itemId().equals(itemId)).findFirst().orElseGet(() -> {
            var created = new ItemProgress(learnerId, courseId, itemId, LocalDateTime.now(clock));
            repository.add(created);
            progress.add(created);
            return created;
        });
        change.accept(item);
        facts.addAll(completion.factsSince(before, learnerId, progress));
    }

    private void requireEnrolled(long learnerId, String courseId) {
        if (repository.findEnrollment(learnerId, courseId).isEmpty()) {
            throw new NotEnrolledException(learnerId, courseId);
        }
    }
}
