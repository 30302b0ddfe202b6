package org.coderise.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LearnerProfile PROFILE = new LearnerProfile(DAY, "KE", "Akirachix", "2026-A", "AGE_18_24", null);

    @Test
    void countsAFirstEnrollmentOnceInEveryDimensionAndGrain() {
        LearnerFacts before = LearnerFacts.unknown(1).registered(PROFILE);
        LearnerFacts after = before.reached("py", Measure.ENROLLED, DAY);

        Map<RollupKey, Long> change = Contributions.of(after).minus(Contributions.of(before)).rollups();

        LocalDate month = DAY.withDayOfMonth(1);
        assertThat(change).containsEntry(key(Grain.DAY, DAY, Dimension.ALL, "all", "enrolled"), 1L)
                .containsEntry(key(Grain.MONTH, month, Dimension.ALL, "all", "enrolled"), 1L)
                .containsEntry(key(Grain.MONTH, month, Dimension.COUNTRY, "KE", "enrolled"), 1L)
                .containsEntry(key(Grain.QUARTER, LocalDate.of(2026, 1, 1), Dimension.COUNTRY, "KE", "enrolled"), 1L)
                .containsEntry(key(Grain.YEAR, LocalDate.of(2026, 1, 1), Dimension.PARTNER, "Akirachix", "enrolled"), 1L)
                .containsEntry(key(Grain.MONTH, month, Dimension.GENDER, "unknown", "enrolled"), 1L)
                .containsEntry(key(Grain.MONTH, month, Dimension.COURSE, "py", "enrolled"), 1L)
                .containsEntry(key(Grain.DAY, DAY, Dimension.ALL, "all", "f.enrolled"), 1L)
                .doesNotContainKey(key(Grain.DAY, DAY, Dimension.COUNTRY, "KE", "enrolled"))
                .doesNotContainKey(key(Grain.YEAR, LocalDate.of(2026, 1, 1), Dimension.ALL, "all", "enrolled"));
    }

    @Test
    void changesNothingWhenTheSameEventArrivesTwice() {
        LearnerFacts once = LearnerFacts.unknown(1).registered(PROFILE).reached("py", Measure.ENROLLED, DAY);
        LearnerFacts twice = once.reached("py", Measure.ENROLLED, DAY);

        assertThat(Contributions.of(twice).minus(Contributions.of(once)).isEmpty()).isTrue();
    }

    @Test
    void movesAMilestoneToAnEarlierDayThatArrivesLate() {
        LearnerFacts late = LearnerFacts.unknown(1).registered(PROFILE).reached("py", Measure.ENROLLED, DAY.plusDays(3));
        LearnerFacts corrected = late.reached("py", Measure.ENROLLED, DAY);

        Map<RollupKey, Long> change = Contributions.of(corrected).minus(Contributions.of(late)).rollups();

        assertThat(change).containsEntry(key(Grain.DAY, DAY, Dimension.ALL, "all", "enrolled"), 1L)
                .containsEntry(key(Grain.DAY, DAY.plusDays(3), Dimension.ALL, "all", "enrolled"), -1L)
                .doesNotContainKey(key(Grain.MONTH, DAY.withDayOfMonth(1), Dimension.ALL, "all", "enrolled"));
    }

    @Test
    void reachesWhenEnrolledAndSubmittedWhicheverCameLast() {
        LearnerFacts facts = LearnerFacts.unknown(1).registered(PROFILE)
                .reached("py", Measure.SUBMITTED, DAY).reached("js", Measure.ENROLLED, DAY.plusDays(2));

        assertThat(facts.first(Measure.REACHED)).contains(DAY.plusDays(2));
    }

    @Test
    void countsAnActiveLearnerOnceInOverlappingWindows() {
        LearnerFacts facts = LearnerFacts.unknown(1).activeOn(DAY).activeOn(DAY.plusDays(2)).activeOn(DAY.plusDays(20));

        Map<LocalDate, Long> week = new HashMap<>();
        Contributions.of(facts).active().forEach((k, v) -> {
            if (k.windowDays() == 7) {
                week.merge(k.day(), v, Long::sum);
            }
        });
        LevelSeries active7 = LevelSeries.ofChanges(week);

        assertThat(active7.levelOn(DAY.minusDays(1))).isZero();
        assertThat(active7.levelOn(DAY.plusDays(8))).isEqualTo(1);
        assertThat(active7.levelOn(DAY.plusDays(9))).isZero();
        assertThat(active7.levelOn(DAY.plusDays(26))).isEqualTo(1);
        assertThat(active7.levelOn(DAY.plusDays(27))).isZero();
    }

    private static RollupKey key(Grain grain, LocalDate day, Dimension dimension, String value, String measure) {
        return new RollupKey(grain, day, dimension, value, measure);
    }
}
