package org.coderise.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.learning.application.Enrolling;
import org.coderise.learning.application.ProgressQueries;
import org.coderise.shared.web.LocaleSelection;

/**
 * Opening an item of a course (lesson or exercise page): checks the learner is enrolled, remembers the visit for
 * "continue", and gives the syllabus for previous and next.
 */
@RequestScoped
public class CourseItemContext {
    @Inject
    Catalog catalog;
    @Inject
    ProgressQueries queries;
    @Inject
    Enrolling enrolling;
    @Inject
    CurrentLearner learner;
    @Inject
    LocaleSelection locale;
    @Inject
    Pages pages;

    /**
     * The course's syllabus with the learner's progress, when the learner is enrolled and the item exists. Otherwise
     * the response is already answered: not enrolled goes to the course page (which says to enroll first), an
     * unknown course or item is a 404.
     */
    public Optional<Syllabus> open(String courseId, String itemId) {
        var outline = courseId == null ? Optional.<org.coderise.catalog.api.CourseOutline>empty()
                : catalog.outline(courseId, language());
        if (outline.isEmpty() || outline.get().items().stream().noneMatch(i -> i.id().equals(itemId))) {
            notFound();
            return Optional.empty();
        }
        long learnerId = learnerId();
        if (queries.enrollment(learnerId, courseId).isEmpty()) {
            pages.redirect("/course.xhtml?id=" + encode(courseId) + "&enrollFirst=true");
            return Optional.empty();
        }
        enrolling.visit(learnerId, courseId, itemId);
        return Optional.of(new Syllabus(outline.get(), queries.progressItems(learnerId, courseId)));
    }

    /** The signed-in learner; learning's pages under /learn are open to signed-in users only. */
    public long learnerId() {
        return learner.id().orElseThrow(() -> new IllegalStateException("/learn pages need a signed-in learner"));
    }

    public String language() {
        return locale.getLanguage();
    }

    public void notFound() {
        pages.notFound();
    }

    public String encode(String value) {
        return pages.encode(value);
    }
}
