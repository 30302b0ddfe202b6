package org.coderise.learning.api;

import java.time.Instant;

/** A learner enrolled in a course (once per learner and course). */
public record Enrolled(long learnerId, String courseId, Instant at) {
}
