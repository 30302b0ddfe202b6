package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A title and summary in one locale (of a course or a module). */
@Embeddable
public class LocalizedTitle {
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    protected LocalizedTitle() {
    }

    public LocalizedTitle(String title, String summary) {
        this.title = title;
        this.summary = summary == null ? "" : summary;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
