package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where the program stands against its goal on a day: the count so far, the daily rate needed from now to the
 * deadline, the actual trailing 30- and 90-day rates, and when the goal is reached if the 30-day rate holds. The
 * range runs from the faster to the slower of the two trailing rates: a plain, explainable band rather than a model.
 *
 * @param projected  empty when the current rate is not positive (the goal is never reached at this rate)
 * @param earliest   projection at the faster trailing rate; empty if neither rate is positive
 * @param latest     projection at the slower trailing rate; empty if it is not positive
 */
public record GoalProgress(Goal goal, LocalDate today, long current, double requiredPerDay, double rate30,
                           double rate90, Optional<LocalDate> projected, Optional<LocalDate> earliest,
                           Optional<LocalDate> latest) {
    /** Projections further out than this are reported as "not at this rate": nobody plans beyond a century. */
    private static final long HORIZON_DAYS = 36_500;
    /** The longest trailing rate: the series must be exact from this many days before today. */
    public static final int LONGEST_RATE_DAYS = 90;

    public static GoalProgress of(Goal goal, LevelSeries series, LocalDate today) {
        long current = series.levelOn(today);
        long remaining = Math.max(0, goal.target() - current);
        long daysLeft = ChronoUnit.DAYS.between(today, goal.deadline());
        double required = remaining == 0 ? 0 : daysLeft <= 0 ? Double.POSITIVE_INFINITY : remaining / (double) daysLeft;
        double rate30 = series.ratePerDay(today, 30);
        double rate90 = series.ratePerDay(today, LONGEST_RATE_DAYS);
        return new GoalProgress(goal, today, current, required, rate30, rate90,
                reachedOn(today, remaining, rate30),
                reachedOn(today, remaining, Math.max(rate30, rate90)),
                reachedOn(today, remaining, Math.min(rate30, rate90)));
    }

    /** True when the goal is met or the current rate reaches it by the deadline. */
    public boolean onTrack() {
        return current >= goal.target() || projected.map(d -> !d.isAfter(goal.deadline())).orElse(false);
    }

    public double percentReached() {
        return 100.0 * current / goal.target();
    }

    static Optional<LocalDate> reachedOn(LocalDate today, long remaining, double ratePerDay) {
        if (remaining == 0) {
            return Optional.of(today);
        }
        if (ratePerDay <= 0) {
            return Optional.empty();
        }
        long days = (long) Math.ceil(remaining / ratePerDay);
        return days > HORIZON_DAYS ? Optional.empty() : Optional.of(today.plusDays(days));
    }
}
