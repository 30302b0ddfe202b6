package org.coderise.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TurnaroundTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 8, 0);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 8, 0);
    private static final ClaimPolicy POLICY = new ClaimPolicy(Duration.ofMinutes(60), Duration.ofHours(48));

    private static Turnaround.Sample answeredAfter(int hours) {
        return new Turnaround.Sample(START, Optional.of(START.plusHours(hours)), false);
    }

    private static Turnaround.Sample waitingSince(LocalDateTime requestedAt) {
        return new Turnaround.Sample(requestedAt, Optional.empty(), true);
    }

    @Test
    void medianAndP90AreNearestRankWaits() {
        var samples = IntStream.rangeClosed(1, 10).mapToObj(TurnaroundTest::answeredAfter).toList();

        Turnaround figures = Turnaround.of(samples, NOW, POLICY);

        assertThat(figures.median()).contains(Duration.ofHours(5));
        assertThat(figures.p90()).contains(Duration.ofHours(9));
        assertThat(figures.responded()).isEqualTo(10);
    }

    @Test
    void aSingleAnswerIsItsOwnMedianAndP90() {
        Turnaround figures = Turnaround.of(List.of(answeredAfter(3)), NOW, POLICY);

        assertThat(figures.median()).contains(Duration.ofHours(3));
        assertThat(figures.p90()).contains(Duration.ofHours(3));
    }

    @Test
    void backlogOldestWaitingAndOverdueCountOnlyOpenRequests() {
        var samples = List.of(answeredAfter(2), waitingSince(NOW.minusHours(72)), waitingSince(NOW.minusHours(1)),
                new Turnaround.Sample(NOW.minusHours(100), Optional.of(NOW.minusHours(99)), true));

        Turnaround figures = Turnaround.of(samples, NOW, POLICY);

        assertThat(figures.backlog()).isEqualTo(3);
        assertThat(figures.oldestWaiting()).contains(Duration.ofHours(72));
        assertThat(figures.overdue()).isEqualTo(1);
    }

    @Test
    void nothingAnsweredHasNoMedian() {
        Turnaround figures = Turnaround.of(List.of(waitingSince(NOW)), NOW, POLICY);

        assertThat(figures.median()).isEmpty();
        assertThat(figures.p90()).isEmpty();
        assertThat(figures.oldestWaiting()).contains(Duration.ZERO);
    }
}
