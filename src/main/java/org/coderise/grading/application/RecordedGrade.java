package org.coderise.grading.application;

/** A result a worker has just recorded (committed), for events and figures. */
public record RecordedGrade(GradingJob job, Claim claim, GradingOutcome outcome, long runMillis) {
}
