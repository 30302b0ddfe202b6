package org.coderise.learning.api;

import java.time.Instant;

/** A learner finished reading a lesson. */
public record LessonCompleted(long learnerId, String courseId, String lessonId, Instant at) {
}
