package org.coderise.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A submission waiting to be graded. Written with its submission in one transaction; claimed, leased and removed by
 * workers through guarded SQL (the lease columns are never written through JPA).
 */
@Entity
@Table(name = "grading_queue")
public class QueueEntry {
    @Id
    @Column(name = "submission_id")
    private Long submissionId;
    @Column(nullable = false, length = 32)
    private String language;
    @Column(name = "enqueued_at", nullable = false)
    private LocalDateTime enqueuedAt;
    @Column(name = "available_at", nullable = false)
    private LocalDateTime availableAt;
    @Column(nullable = false)
    private int attempts;

    protected QueueEntry() {
    }

    public QueueEntry(Submission submission, LocalDateTime at) {
        this.submissionId = submission.id();
        this.language = submission.language();
        this.enqueuedAt = at;
        this.availableAt = at;
    }

    public Long submissionId() {
        return submissionId;
    }
}
