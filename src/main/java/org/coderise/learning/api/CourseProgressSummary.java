package org.coderise.learning.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner's progress in one course, rolled up over the course's current outline.
 *
 * @param percent whole percent of items done, 0..100
 * @param completedAt when the course was completed; empty while it is not
 */
public record CourseProgressSummary(String courseId, int doneItems, int totalItems, int percent,
        Optional<Instant> completedAt) {
}
