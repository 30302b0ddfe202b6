package org.coderise.learning.api;

import java.time.Instant;

/** Every required item of a module is done. */
public record ModuleCompleted(long learnerId, String courseId, String moduleId, Instant at) {
}
