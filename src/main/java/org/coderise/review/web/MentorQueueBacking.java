package org.coderise.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coderise.review.application.MentorQueue;
import org.coderise.review.application.QueueEntry;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.domain.QueueFilter;
import org.coderise.review.domain.RequestKind;
import org.coderise.shared.web.LocaleSelection;

/** Backs {@code /mentor/queue.xhtml}: the queue with its filters, claim and release. */
@Named
@ViewScoped
public class MentorQueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MentorQueue queue;
    @Inject
    ReviewAccess access;
    @Inject
    PageMessages messages;
    @Inject
    LocaleSelection locale;

    private String course;
    private String kind;
    private boolean overdueOnly;
    private transient List<QueueEntry> entries;

    public List<QueueEntry> getEntries() {
        if (entries == null) {
            var filter = new QueueFilter(Optional.ofNullable(course).filter(c -> !c.isBlank()),
                    Arrays.stream(RequestKind.values()).filter(k -> k.name().equals(kind)).findFirst(),
                    Optional.empty(), overdueOnly);
            entries = queue.queue(access.caller(), filter, locale.getLanguage());
        }
        return entries;
    }

    /** The courses in the unfiltered queue, for the course filter. */
    public List<String> getCourses() {
        return queue.queue(access.caller(), QueueFilter.none(), locale.getLanguage()).stream()
                .map(QueueEntry::courseId).distinct().sorted().toList();
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public void applyFilters() {
        entries = null;
    }

    /** Claims and opens the review page; stays on the queue with a message when someone was quicker. */
    public String claim(long requestId) {
        entries = null;
        return messages.attempt(() -> {
            queue.claim(access.caller(), requestId);
            return "/mentor/review?faces-redirect=true&id=" + requestId;
        }, null);
    }

    public void release(long requestId) {
        if (messages.attempt(() -> queue.release(access.caller(), requestId))) {
            messages.info("queue.released");
        }
        entries = null;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
