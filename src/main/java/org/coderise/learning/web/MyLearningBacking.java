package org.coderise.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.application.ProgressQueries;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.Enrollment;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.shared.web.LocaleSelection;

/** "My learning": the learner's courses with progress and the next item, and their latest graded exercises. */
@Named
@RequestScoped
public class MyLearningBacking {
    private static final int RECENT = 5;

    @Inject
    Catalog catalog;
    @Inject
    ProgressQueries queries;
    @Inject
    Certificates certificates;
    @Inject
    CurrentLearner learner;
    @Inject
    LocaleSelection locale;

    private List<EnrolledCourse> courses = List.of();
    private List<Feedback> feedback = List.of();

    @PostConstruct
    void load() {
        learner.id().ifPresent(id -> {
            courses = queries.enrollments(id).stream().map(e -> enrolled(id, e)).flatMap(Optional::stream).toList();
            feedback = queries.recentlyGraded(id, RECENT).stream().map(this::feedback).flatMap(Optional::stream)
                    .toList();
        });
    }

    private Optional<EnrolledCourse> enrolled(long learnerId, Enrollment enrollment) {
        return catalog.outline(enrollment.courseId(), locale.getLanguage()).map(outline -> {
            var syllabus = new Syllabus(outline, queries.progressItems(learnerId, enrollment.courseId()));
            ItemView resume = enrollment.lastItemId().flatMap(syllabus::item)
                    .filter(i -> !i.done()).or(syllabus::nextToDo).orElse(null);
            return new EnrolledCourse(outline.course().id(), outline.course().title(), syllabus.progress().percent(),
                    resume, certificates.forCourse(learnerId, enrollment.courseId())
                            .map(Certificate::code).map(Object::toString).orElse(null));
        });
    }

    private Optional<Feedback> feedback(ItemProgress progress) {
        return catalog.exercise(progress.courseId(), progress.itemId(), locale.getLanguage())
                .map(e -> new Feedback(progress.courseId(), progress.itemId(), e.title(), progress.bestScore(),
                        progress.maxScore(), progress.passed(), progress.attempts()));
    }

    public List<EnrolledCourse> getCourses() {
        return courses;
    }

    public List<Feedback> getFeedback() {
        return feedback;
    }

    /**
     * A course on the learner's list.
     *
     * @param next where to continue: the last item visited if not done, else the first item not done
     * @param certificateCode the certificate's verification code once earned, else null
     */
    public record EnrolledCourse(String id, String title, int percent, ItemView next, String certificateCode) {
    }

    /** An exercise's best result so far. */
    public record Feedback(String courseId, String exerciseId, String title, int bestScore, int maxScore,
            boolean passed, int attempts) {
    }
}
