package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one learner adds to the rollups: +1 in every (period, dimension value, measure) cell of each first-time fact,
 * and the changes to the active-learner counts. The whole program is kept per day and per month (rates, the goal
 * chart and the funnel need days); breakdowns per month, quarter and year ({@link Grain}), never per day, which keeps
 * the table small at a million learners (a cohort spans a few months, not every day) and means a breakdown covers
 * whole months. Event handling stores {@code after.minus(before)}; a rebuild sums
 * every learner's contributions. Both paths use this one function, which is why they agree.
 */
public record Contributions(Map<RollupKey, Long> rollups, Map<ActiveKey, Long> active) {
    private static final List<Dimension> LEARNER_DIMENSIONS = List.of(
            Dimension.ALL, Dimension.COUNTRY, Dimension.PARTNER, Dimension.COHORT, Dimension.AGE_BAND, Dimension.GENDER);

    public static Contributions of(LearnerFacts facts) {
        Map<RollupKey, Long> rollups = new HashMap<>();
        addLearnerMilestones(facts, rollups);
        addFunnel(facts, rollups);
        addCourseMilestones(facts, rollups);
        return new Contributions(rollups, ActivityCoverage.changes(facts.activeDays()));
    }

    /** The changes that turn {@code before}'s contributions into these: only non-zero entries. */
    public Contributions minus(Contributions before) {
        return new Contributions(difference(rollups, before.rollups), difference(active, before.active));
    }

    public boolean isEmpty() {
        return rollups.isEmpty() && active.isEmpty();
    }

    /** Adds these contributions into running totals (used by the rebuild). */
    public void addTo(Map<RollupKey, Long> rollupTotals, Map<ActiveKey, Long> activeTotals) {
        rollups.forEach((k, v) -> rollupTotals.merge(k, v, Long::sum));
        active.forEach((k, v) -> activeTotals.merge(k, v, Long::sum));
    }

    private static void addLearnerMilestones(LearnerFacts facts, Map<RollupKey, Long> rollups) {
        for (Measure measure : Measure.values()) {
            facts.first(measure).ifPresent(day -> facts.profile().ifPresentOrElse(
                    profile -> LEARNER_DIMENSIONS.forEach(d -> add(rollups, day, d, profile.valueOf(d), measure.code())),
                    () -> unregistered(rollups, day, measure.code())));
        }
    }

    /** Facts seen before the registration (events can race): counted in the program, and as unknown elsewhere. */
    private static void unregistered(Map<RollupKey, Long> rollups, LocalDate day, String measure) {
        for (Dimension d : LEARNER_DIMENSIONS) {
            add(rollups, day, d, d == Dimension.ALL ? Dimension.ALL_VALUE : Dimension.UNKNOWN, measure);
        }
    }

    /**
     * Funnel cells are keyed by the registration day, program-wide: "of those who registered then, how many got this
     * far". A stage counts only if every earlier stage was reached, so the funnel never widens.
     */
    private static void addFunnel(LearnerFacts facts, Map<RollupKey, Long> rollups) {
        Optional<LearnerProfile> profile = facts.profile();
        if (profile.isEmpty()) {
            return;
        }
        for (FunnelStage stage : FunnelStage.values()) {
            if (facts.first(stage.milestone()).isEmpty()) {
                return;
            }
            add(rollups, profile.get().registeredOn(), Dimension.ALL, Dimension.ALL_VALUE, stage.code());
        }
    }

    private static void addCourseMilestones(LearnerFacts facts, Map<RollupKey, Long> rollups) {
        facts.courses().forEach((course, milestones) -> {
            for (Measure measure : Measure.values()) {
                milestones.first(measure).ifPresent(day -> add(rollups, day, Dimension.COURSE, course, measure.code()));
            }
        });
    }

    private static void add(Map<RollupKey, Long> rollups, LocalDate day, Dimension dimension, String value,
                            String measure) {
        for (Grain grain : Grain.of(dimension)) {
            rollups.merge(new RollupKey(grain, grain.periodOf(day), dimension, value, measure), 1L, Long::sum);
        }
    }

    private static <K> Map<K, Long> difference(Map<K, Long> after, Map<K, Long> before) {
        Map<K, Long> diff = new HashMap<>(after);
        before.forEach((k, v) -> diff.merge(k, -v, Long::sum));
        diff.values().removeIf(v -> v == 0L);
        return diff;
    }
}
