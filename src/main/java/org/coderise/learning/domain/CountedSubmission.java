package org.coderise.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A graded submission already counted into progress; its primary key makes a redelivered result a no-op. */
@Entity
@Table(name = "learning_counted_submission")
public class CountedSubmission {
    @Id
    @Column(name = "submission_id")
    private long submissionId;
    @Column(name = "counted_at")
    private LocalDateTime countedAt;

    protected CountedSubmission() {
    }

    public CountedSubmission(long submissionId, LocalDateTime countedAt) {
        this.submissionId = submissionId;
        this.countedAt = countedAt;
    }

    public long submissionId() {
        return submissionId;
    }
}
