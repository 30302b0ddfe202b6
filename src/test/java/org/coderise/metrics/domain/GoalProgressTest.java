package org.coderise.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Goal GOAL = new Goal(1_000_000, LocalDate.of(2030, 12, 31));

    @Test
    void measuresTrailingRatesFromTheLast30And90Days() {
        LevelSeries series = series(100, 200);

        assertThat(series.ratePerDay(TODAY, 30)).isCloseTo(200, within(1e-9));
        assertThat(series.ratePerDay(TODAY, 90)).isCloseTo((60 * 100 + 30 * 200) / 90.0, within(1e-9));
    }

    @Test
    void needsTheRemainingLearnersSpreadOverTheDaysLeft() {
        GoalProgress progress = GoalProgress.of(GOAL, series(100, 200), TODAY);

        long current = 60 * 100 + 30 * 200;
        long daysLeft = ChronoUnit.DAYS.between(TODAY, GOAL.deadline());
        assertThat(progress.current()).isEqualTo(current);
        assertThat(progress.requiredPerDay()).isCloseTo((1_000_000.0 - current) / daysLeft, within(1e-9));
    }

    @Test
    void projectsAtTheCurrentRateWithARangeFromTheTwoTrailingRates() {
        GoalProgress progress = GoalProgress.of(new Goal(30_000, GOAL.deadline()), series(100, 200), TODAY);

        assertThat(progress.current()).isEqualTo(12_000);
        assertThat(progress.projected()).contains(TODAY.plusDays(90));
        assertThat(progress.earliest()).contains(TODAY.plusDays(90));
        assertThat(progress.latest()).contains(TODAY.plusDays(135));
        assertThat(progress.onTrack()).isTrue();
    }

    @Test
    void neverReachesTheGoalWithoutGrowth() {
        GoalProgress progress = GoalProgress.of(GOAL, series(0, 0), TODAY);

        assertThat(progress.projected()).isEmpty();
        assertThat(progress.onTrack()).isFalse();
    }

    @Test
    void isOnTrackOnceTheGoalIsMet() {
        GoalProgress progress = GoalProgress.of(new Goal(1_000, GOAL.deadline()), series(100, 200), TODAY);

        assertThat(progress.requiredPerDay()).isZero();
        assertThat(progress.projected()).contains(TODAY);
        assertThat(progress.onTrack()).isTrue();
    }

    /** Days 90..31 before today add {@code earlier} a day, the last 30 days add {@code recent} a day. */
    private static LevelSeries series(long earlier, long recent) {
        Map<LocalDate, Long> changes = new HashMap<>();
        for (int back = 89; back >= 0; back--) {
            changes.put(TODAY.minusDays(back), back >= 30 ? earlier : recent);
        }
        return LevelSeries.ofChanges(changes);
    }
}
