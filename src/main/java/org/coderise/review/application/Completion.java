package org.coderise.review.application;

/** Learning as review needs it: a mentor's decision on a capstone decides whether it counts as complete. */
public interface Completion {

    void recordDecision(long learnerId, String courseId, String exerciseId, boolean approved);
}
