package org.coderise.grading.application;

import java.util.Optional;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Verdict;

/**
 * The final state a worker records for a submission.
 *
 * @param status {@code GRADED} or {@code FAILED}
 * @param verdict the sandbox's verdict ({@code SANDBOX_ERROR} when grading failed)
 * @param score points earned, 0..maxScore
 * @param passedTests tests that passed
 * @param totalTests tests run
 * @param message for the learner: the verdict's short explanation, or why grading failed
 * @param result the full sandbox result; empty when grading failed before the sandbox answered
 */
public record GradingOutcome(SubmissionStatus status, Verdict verdict, int score, int passedTests, int totalTests,
        String message, Optional<RunResult> result) {

    /** Grading gave up: never the learner's fault, so no points are taken but none are given either. */
    public static GradingOutcome failed(String reason) {
        return new GradingOutcome(SubmissionStatus.FAILED, Verdict.SANDBOX_ERROR, 0, 0, 0, reason, Optional.empty());
    }
}
