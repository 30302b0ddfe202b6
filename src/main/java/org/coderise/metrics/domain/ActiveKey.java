package org.coderise.metrics.domain;

import java.time.LocalDate;

/**
 * A change in the number of learners active within the trailing {@code windowDays} days, starting on {@code day}.
 * The count on a day is the sum of all changes up to it, so a dashboard reads one row per day, never the activity.
 */
public record ActiveKey(LocalDate day, int windowDays) {
}
