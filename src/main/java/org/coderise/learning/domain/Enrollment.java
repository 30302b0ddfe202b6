package org.coderise.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A learner's place in a course: at most one per learner and course (the database enforces it). Remembers the last
 * item visited so the learner resumes there, and when the course was completed (set once, never cleared).
 */
@Entity
@Table(name = "learning_enrollment")
public class Enrollment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "learner_id")
    private long learnerId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "enrolled_at")
    private LocalDateTime enrolledAt;
    @Column(name = "last_item_id")
    private String lastItemId;
    @Column(name = "last_visited_at")
    private LocalDateTime lastVisitedAt;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected Enrollment() {
    }

    public Enrollment(long learnerId, String courseId, LocalDateTime now) {
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.enrolledAt = now;
        this.lastVisitedAt = now;
    }

    public void visit(String itemId, LocalDateTime now) {
        lastItemId = itemId;
        lastVisitedAt = now;
    }

    /** Records completion; false when the course was already complete. */
    public boolean complete(LocalDateTime now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    public long learnerId() {
        return learnerId;
    }

    public String courseId() {
        return courseId;
    }

    public LocalDateTime enrolledAt() {
        return enrolledAt;
    }

    public Optional<String> lastItemId() {
        return Optional.ofNullable(lastItemId);
    }

    public LocalDateTime lastVisitedAt() {
        return lastVisitedAt;
    }

    public Optional<LocalDateTime> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
