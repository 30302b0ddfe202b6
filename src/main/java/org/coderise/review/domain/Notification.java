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
 * An in-app notice to a learner about one of their reviews (the bell). The text is chosen by {@link Kind} when shown,
 * in the reader's language, so nothing personal is stored here.
 */
@Entity
@Table(name = "review_notifications")
public class Notification {
    /** Stored by name: never rename a constant. */
    public enum Kind { APPROVED, CHANGES_REQUESTED, ANSWERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(long recipientId, Kind kind, long requestId, LocalDateTime now) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.requestId = requestId;
        this.createdAt = now;
    }

    public static Kind kindOf(Decision decision) {
        return Kind.valueOf(decision.name());
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public Kind kind() {
        return kind;
    }

    public long requestId() {
        return requestId;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> readAt() {
        return Optional.ofNullable(readAt);
    }
}
