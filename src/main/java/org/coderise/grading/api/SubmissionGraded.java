package org.coderise.grading.api;

import java.time.Instant;
import org.coderise.sandbox.api.Verdict;

/**
 * A submission's result was recorded (committed). Fired once per submission, after the commit, from a grading worker
 * thread: observers run with no request scope and should be quick or hand work off. Not fired when grading failed on
 * our side (the learner has no result then). Observed by learning (progress), metrics and review: renaming a component
 * breaks them.
 *
 * @param score points earned, 0..maxScore
 * @param passed true when every test passed ({@link Verdict#ACCEPTED})
 */
public record SubmissionGraded(long submissionId, long learnerId, String courseId, String exerciseId, Verdict verdict,
        int score, int maxScore, boolean passed, Instant gradedAt) {
}
