package org.coderise.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.LessonPage;
import org.coderise.learning.application.ProgressRecording;

/** A lesson: the catalog's rendered (already sanitised) HTML, previous and next, and "mark as done". */
@Named
@ViewScoped
public class LessonBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;
    @Inject
    ProgressRecording recording;
    @Inject
    CourseItemContext context;

    private String course;
    private String item;
    private LessonPage lesson;
    private boolean done;
    private ItemView previous;
    private ItemView next;

    /** Loads the lesson for an enrolled learner; others are sent to the course page, unknown lessons get 404. */
    public void load() {
        var opened = context.open(course, item);
        if (opened.isEmpty()) {
            return;
        }
        var found = catalog.lesson(course, item, context.language());
        if (found.isEmpty()) {
            context.notFound();
            return;
        }
        lesson = found.get();
        var syllabus = opened.get();
        done = syllabus.item(item).map(ItemView::done).orElse(false);
        previous = syllabus.previous(item).orElse(null);
        next = syllabus.next(item).orElse(null);
    }

    /** Marks the lesson read and moves on to the next item (or back to the course at the end). */
    public String markDone() {
        recording.markLessonDone(context.learnerId(), course, item);
        done = true;
        return next == null ? "/course?faces-redirect=true&id=" + context.encode(course)
                : next.page() + "?faces-redirect=true&course=" + context.encode(course)
                        + "&item=" + context.encode(next.id());
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public LessonPage getLesson() {
        return lesson;
    }

    public boolean isDone() {
        return done;
    }

    public ItemView getPrevious() {
        return previous;
    }

    public ItemView getNext() {
        return next;
    }
}
