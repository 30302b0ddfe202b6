package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A count that changes day by day (learners reached so far, learners active now), built from per-day changes:
 * the level on a day is the sum of the changes up to and including it.
 */
public final class LevelSeries {
    private final NavigableMap<LocalDate, Long> levels = new TreeMap<>();

    private LevelSeries() {
    }

    /** The series whose level is the running sum of {@code changes} (days without a change may be absent). */
    public static LevelSeries ofChanges(Map<LocalDate, Long> changes) {
        LevelSeries series = new LevelSeries();
        long level = 0;
        for (Map.Entry<LocalDate, Long> change : new TreeMap<>(changes).entrySet()) {
            level += change.getValue();
            series.levels.put(change.getKey(), level);
        }
        return series;
    }

    /** The level at the end of {@code day}; 0 before the first change. */
    public long levelOn(LocalDate day) {
        Map.Entry<LocalDate, Long> entry = levels.floorEntry(day);
        return entry == null ? 0 : entry.getValue();
    }

    /** Average change per day over the {@code days} days ending on {@code day}. */
    public double ratePerDay(LocalDate day, int days) {
        return (levelOn(day) - levelOn(day.minusDays(days))) / (double) days;
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    public LocalDate firstDay() {
        return levels.firstKey();
    }
}
