package org.coderise.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.LessonPage;
import org.coderise.learning.application.ProgressRecording;

/** A lesson: the catalog's rendered (already sanitised) HTML, previous and next, and "mark as done". */
@Named
@ViewScoped
public class LessonBacking extends CourseItemBacking {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;
    @Inject
    ProgressRecording recording;

    private LessonPage lesson;
    private boolean done;

    /** Loads the lesson for an enrolled learner; others are sent to the course page, unknown lessons get 404. */
    public void load() {
        var opened = open();
        if (opened.isEmpty()) {
            return;
        }
        var found = catalog.lesson(getCourse(), getItem(), context.language());
        if (found.isEmpty()) {
            context.notFound();
            return;
        }
        lesson = found.get();
        done = opened.get().item(getItem()).map(ItemView::done).orElse(false);
    }

    /** Marks the lesson read and moves on to the next item (or back to the course at the end). */
    public String markDone() {
        recording.markLessonDone(context.learnerId(), getCourse(), getItem());
        done = true;
        var next = getNext();
        return next == null ? "/course?faces-redirect=true&id=" + context.encode(getCourse())
                : next.page() + "?faces-redirect=true&course=" + context.encode(getCourse())
                        + "&item=" + context.encode(next.id());
    }

    public LessonPage getLesson() {
        return lesson;
    }

    public boolean isDone() {
        return done;
    }
}
