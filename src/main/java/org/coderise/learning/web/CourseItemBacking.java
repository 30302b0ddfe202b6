package org.coderise.learning.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/** What a lesson's and an exercise's page share: the course and item named in the URL, and the items around it. */
public abstract class CourseItemBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CourseItemContext context;

    private String course;
    private String item;
    private ItemView previous;
    private ItemView next;

    /**
     * Opens the item for an enrolled learner and places it among its neighbours; empty when the page has already been
     * answered (a redirect to the course page, or 404).
     */
    protected Optional<Syllabus> open() {
        var opened = context.open(course, item);
        opened.ifPresent(syllabus -> {
            previous = syllabus.previous(item).orElse(null);
            next = syllabus.next(item).orElse(null);
        });
        return opened;
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

    public ItemView getPrevious() {
        return previous;
    }

    public ItemView getNext() {
        return next;
    }
}
