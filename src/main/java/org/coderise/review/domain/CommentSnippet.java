package org.coderise.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Feedback a mentor gives often, saved to paste into comments; each mentor sees only their own. */
@Entity
@Table(name = "review_snippets")
public class CommentSnippet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "mentor_id", nullable = false)
    private long mentorId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CommentSnippet() {
    }

    public CommentSnippet(long mentorId, String title, String body, LocalDateTime now) {
        this.mentorId = mentorId;
        this.title = title;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long mentorId() {
        return mentorId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }
}
