package org.coderise.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A learner's progress on one item of a course. Created on the first thing that happens to the item (lesson read,
 * exercise graded); then only moves forward: a lesson stays done, an exercise's best score never drops and a pass is
 * never taken back. A mentor's decision is the one thing that can turn back (approval, then changes requested).
 */
@Entity
@Table(name = "learning_item_progress")
public class ItemProgress implements Serializable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "learner_id")
    private long learnerId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "lesson_done")
    private boolean lessonDone;
    @Column(name = "best_score")
    private int bestScore;
    @Column(name = "max_score")
    private int maxScore;
    private boolean passed;
    private int attempts;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    private ReviewState reviewState = ReviewState.NONE;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected ItemProgress() {
    }

    public ItemProgress(long learnerId, String courseId, String itemId, LocalDateTime now) {
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.itemId = itemId;
        this.updatedAt = now;
    }

    /** Marks a lesson read; true when it was not before. */
    public boolean markLessonDone(LocalDateTime now) {
        if (lessonDone) {
            return false;
        }
        lessonDone = true;
        updatedAt = now;
        return true;
    }

    /** Counts one graded attempt; keeps the best score (and its maximum) and remembers any pass. */
    public void recordAttempt(int score, int max, boolean passedAllTests, LocalDateTime now) {
        attempts++;
        if (score > bestScore || attempts == 1) {
            bestScore = score;
            maxScore = max;
        }
        passed = passed || passedAllTests;
        updatedAt = now;
    }

    public void recordReview(boolean approved, LocalDateTime now) {
        reviewState = approved ? ReviewState.APPROVED : ReviewState.CHANGES_REQUESTED;
        updatedAt = now;
    }

    /** Whether this item counts as done for the completion rule, given what the course says of it. */
    public boolean isDone(ItemOutline item) {
        if (!item.isExercise()) {
            return lessonDone;
        }
        return passed && (!item.reviewed() || reviewState == ReviewState.APPROVED);
    }

    public String itemId() {
        return itemId;
    }

    public long learnerId() {
        return learnerId;
    }

    public String courseId() {
        return courseId;
    }

    public boolean lessonDone() {
        return lessonDone;
    }

    public int bestScore() {
        return bestScore;
    }

    public int maxScore() {
        return maxScore;
    }

    public boolean passed() {
        return passed;
    }

    public int attempts() {
        return attempts;
    }

    public ReviewState reviewState() {
        return reviewState;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
