package org.coderise.grading.application;

import java.util.Optional;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Verdict;

/**
 * Turns a sandbox result into points: everything for {@link Verdict#ACCEPTED}, otherwise the share of passing tests
 * rounded down (partial credit), nothing when no test could run.
 */
public final class Scoring {
    private Scoring() {
    }

    public static GradingOutcome outcome(RunResult result, int maxScore) {
        int total = result.tests().size();
        int passed = (int) result.passedCount();
        int score = result.verdict() == Verdict.ACCEPTED ? maxScore
                : total == 0 ? 0 : (int) Math.floor((double) maxScore * passed / total);
        return new GradingOutcome(SubmissionStatus.GRADED, result.verdict(), score, passed, total, result.message(),
                Optional.of(result));
    }
}
