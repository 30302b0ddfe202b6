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

/**
 * One mentor or admin action on a review, written in the same transaction as the action so the log and the data
 * never disagree. Append-only: nothing updates or deletes an entry.
 */
@Entity
@Table(name = "review_audit")
public class AuditEntry {
    /** Stored by name and shown in the API: never rename a constant. */
    public enum Action { VIEWED, CLAIMED, RELEASED, COMMENTED, DECIDED, REPORT_DISMISSED, COMMENT_HIDDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "actor_id", nullable = false)
    private long actorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;
    @Column(name = "request_id")
    private Long requestId;
    private String detail;
    @Column(name = "acted_at", nullable = false)
    private LocalDateTime actedAt;

    protected AuditEntry() {
    }

    /** @param detail short, no personal data (ids, decision names); cut to 500 characters */
    public AuditEntry(long actorId, Action action, Long requestId, String detail, LocalDateTime now) {
        this.actorId = actorId;
        this.action = action;
        this.requestId = requestId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.actedAt = now;
    }

    public Long id() {
        return id;
    }

    public long actorId() {
        return actorId;
    }

    public Action action() {
        return action;
    }

    public Optional<Long> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public LocalDateTime actedAt() {
        return actedAt;
    }
}
