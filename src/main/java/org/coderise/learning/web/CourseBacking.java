package org.coderise.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.application.Enrolling;
import org.coderise.learning.application.ProgressQueries;
import org.coderise.learning.domain.Certificate;
import org.coderise.shared.web.LocaleSelection;

/** A course's page: summary, time estimate, syllabus with the learner's progress, and Enroll or Continue. */
@Named
@ViewScoped
public class CourseBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;
    @Inject
    ProgressQueries queries;
    @Inject
    Enrolling enrolling;
    @Inject
    Certificates certificates;
    @Inject
    CurrentLearner learner;
    @Inject
    LocaleSelection locale;
    @Inject
    Pages pages;

    private String id;
    private CourseSummary course;
    private List<ModuleView> modules = List.of();
    private boolean enrolled;
    private int percent;
    private ItemView next;
    private String certificateCode;

    /** Loads the course named by the {@code id} parameter; an unknown id answers 404. */
    public void load() {
        var outline = catalog.outline(id == null ? "" : id, locale.getLanguage());
        if (outline.isEmpty()) {
            pages.notFound();
            return;
        }
        course = outline.get().course();
        Optional<Long> learnerId = learner.id();
        enrolled = learnerId.flatMap(l -> queries.enrollment(l, course.id())).isPresent();
        var syllabus = new Syllabus(outline.get(),
                enrolled ? queries.progressItems(learnerId.get(), course.id()) : List.of());
        modules = syllabus.modules();
        percent = syllabus.progress().percent();
        next = syllabus.nextToDo().orElse(null);
        certificateCode = learnerId.flatMap(l -> certificates.forCourse(l, course.id()))
                .map(Certificate::code).map(Object::toString).orElse(null);
    }

    /** Enrolls the signed-in learner and opens the first item. */
    public String enroll() {
        enrolling.enroll(learner.id().orElseThrow(), course.id());
        return next == null ? null : next.page() + "?faces-redirect=true&course=" + pages.encode(course.id())
                + "&item=" + pages.encode(next.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseSummary getCourse() {
        return course;
    }

    public List<ModuleView> getModules() {
        return modules;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isSignedIn() {
        return learner.isSignedIn();
    }

    public int getPercent() {
        return percent;
    }

    public ItemView getNext() {
        return next;
    }

    public String getCertificateCode() {
        return certificateCode;
    }
}
