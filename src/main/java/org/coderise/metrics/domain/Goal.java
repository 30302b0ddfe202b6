package org.coderise.metrics.domain;

import java.time.LocalDate;

/** The program's goal: {@code target} learners reached by {@code deadline} (inclusive). */
public record Goal(long target, LocalDate deadline) {
    public Goal {
        if (target <= 0) {
            throw new IllegalArgumentException("The goal's target must be positive, was " + target);
        }
    }
}
