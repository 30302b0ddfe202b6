package org.coderise.review.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Review turnaround of a group of requests (a cohort, a mentor's): how long learners waited for a first response and
 * what is still waiting. Percentiles use the nearest-rank method (the value at rank ⌈p·n⌉ of the sorted waits), so
 * every figure is a wait that really happened.
 *
 * @param median wait until the first response; empty when nothing was answered
 * @param p90 90th percentile of the same waits
 * @param responded how many requests got a first response
 * @param backlog requests still open
 * @param oldestWaiting how long the oldest open request without a response has waited
 * @param overdue open requests without a response waiting longer than the target
 */
public record Turnaround(Optional<Duration> median, Optional<Duration> p90, int responded, int backlog,
        Optional<Duration> oldestWaiting, int overdue) {

    /** One request as the figures need it. */
    public record Sample(LocalDateTime requestedAt, Optional<LocalDateTime> firstResponseAt, boolean open) {
    }

    public static Turnaround of(Collection<Sample> samples, LocalDateTime now, ClaimPolicy policy) {
        List<Duration> waits = samples.stream().filter(s -> s.firstResponseAt().isPresent())
                .map(s -> Duration.between(s.requestedAt(), s.firstResponseAt().orElseThrow())).sorted().toList();
        List<Sample> unanswered = samples.stream().filter(s -> s.open() && s.firstResponseAt().isEmpty()).toList();
        int backlog = (int) samples.stream().filter(Sample::open).count();
        Optional<Duration> oldest = unanswered.stream().map(Sample::requestedAt).min(LocalDateTime::compareTo)
                .map(t -> Duration.between(t, now));
        int overdue = (int) unanswered.stream().filter(s -> policy.overdue(s.requestedAt(), now)).count();
        return new Turnaround(percentile(waits, 50), percentile(waits, 90), waits.size(), backlog, oldest, overdue);
    }

    /** Nearest-rank percentile of sorted values; empty for no values. */
    static Optional<Duration> percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
