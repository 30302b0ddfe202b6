package org.coderise.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A learner's report of a comment they found inappropriate; open until an admin hides the comment or dismisses it. */
@Entity
@Table(name = "review_comment_reports")
public class CommentReport {
    /** How an admin settled a report. Stored by name: never rename a constant. */
    public enum Resolution { COMMENT_HIDDEN, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "comment_id", nullable = false)
    private long commentId;
    @Column(name = "reporter_id", nullable = false)
    private long reporterId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;
    @Column(name = "resolved_by")
    private Long resolvedBy;
    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    protected CommentReport() {
    }

    public CommentReport(long commentId, long reporterId, String reason, LocalDateTime now) {
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.reportedAt = now;
    }

    public void resolve(Resolution how, long adminId, LocalDateTime now) {
        this.resolution = how;
        this.resolvedBy = adminId;
        this.resolvedAt = now;
    }

    public Long id() {
        return id;
    }

    public long commentId() {
        return commentId;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }
}
