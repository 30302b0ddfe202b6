package org.coderise.learning.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.RunResult;

/**
 * A graded (or still waiting) submission as its learner may see it: hidden tests' details are already removed.
 *
 * @param queuePosition 1 for next in line, while it waits
 * @param result the run's result once graded
 */
public record Attempt(long id, boolean finished, Optional<Long> queuePosition, int score, int maxScore,
        Optional<RunResult> result, Instant receivedAt) {

    public List<org.coderise.sandbox.api.TestResult> tests() {
        return result.map(RunResult::tests).orElse(List.of());
    }
}
