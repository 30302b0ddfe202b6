package org.coderise.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The code a learner is writing for an exercise, saved as they type so a closed tab or a dropped connection loses
 * nothing. One per learner and exercise; each save replaces the last.
 */
@Entity
@Table(name = "learning_draft")
public class Draft {
    /**
     * Larger drafts are refused: far beyond any exercise, and it keeps one learner from filling the table. Above
     * grading's 256 KB per submission, so code too large to submit is still kept while the learner shortens it.
     */
    public static final int MAX_CHARS = 300_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "learner_id")
    private long learnerId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "exercise_id")
    private String exerciseId;
    private String content;
    @Column(name = "saved_at")
    private LocalDateTime savedAt;

    protected Draft() {
    }

    public Draft(long learnerId, String courseId, String exerciseId, String content, LocalDateTime now) {
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.exerciseId = exerciseId;
        replace(content, now);
    }

    public final void replace(String newContent, LocalDateTime now) {
        if (newContent.length() > MAX_CHARS) {
            throw new DraftTooLargeException(newContent.length(), MAX_CHARS);
        }
        content = newContent;
        savedAt = now;
    }

    public String content() {
        return content;
    }

    public LocalDateTime savedAt() {
        return savedAt;
    }
}
