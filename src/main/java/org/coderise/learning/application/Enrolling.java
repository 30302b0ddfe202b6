package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.domain.CourseNotFoundException;
import org.coderise.learning.domain.Enrollment;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.NotEnrolledException;

/** Enrolling in a course and remembering where the learner was, so they resume there. */
@ApplicationScoped
@Transactional
public class Enrolling {
    @Inject
    LearningRepository repository;
    @Inject
    CourseOutlines outlines;
    @Inject
    LearningEvents events;
    Clock clock = Clock.systemUTC();

    /**
     * Enrolls the learner; enrolling twice is harmless and fires {@link Enrolled} only the first time.
     *
     * @throws CourseNotFoundException when no published course has this id
     */
    public void enroll(long learnerId, String courseId) {
        if (repository.findEnrollment(learnerId, courseId).isPresent()) {
            return;
        }
        outlines.find(courseId, Locale.ENGLISH).orElseThrow(() -> new CourseNotFoundException(courseId));
        LocalDateTime now = LocalDateTime.now(clock);
        repository.add(new Enrollment(learnerId, courseId, now));
        events.publishAfterCommit(List.of(new Enrolled(learnerId, courseId, now.toInstant(ZoneOffset.UTC))));
    }

    /**
     * Remembers the item the learner opened, for "continue where I left off".
     *
     * @throws NotEnrolledException when the learner is not enrolled in the course
     */
    public void visit(long learnerId, String courseId, String itemId) {
        repository.findEnrollment(learnerId, courseId)
                .orElseThrow(() -> new NotEnrolledException(learnerId, courseId))
                .visit(itemId, LocalDateTime.now(clock));
    }
}
