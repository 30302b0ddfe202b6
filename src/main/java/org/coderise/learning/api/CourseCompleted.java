package org.coderise.learning.api;

import java.time.Instant;

/** Every required item of a course is done (approved, for items a mentor must review). */
public record CourseCompleted(long learnerId, String courseId, Instant at) {
}
