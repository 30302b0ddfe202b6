package org.coderise.grading.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.coderise.grading.application.RecordedGrade;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Grading's figures in MicroProfile Metrics ({@code /metrics}): queue length and oldest wait (read from the database,
 * so they are the whole cluster's), runs per verdict, run time and queue wait per language (this node's). Also keeps
 * a moving average of run time for the learner's wait estimate.
 */
@ApplicationScoped
public class GradingFigures {
    private static final double SMOOTHING = 0.2;
    private static final long INITIAL_RUN_MILLIS = 1000;

    @Inject
    MetricRegistry registry;
    @Inject
    SubmissionQueue queue;

    private volatile double averageRunMillis = INITIAL_RUN_MILLIS;

    @PostConstruct
    void registerGauges() {
        registry.gauge("grading.queue.length", queue, SubmissionQueue::length);
        registry.gauge("grading.queue.oldest.waiting.seconds", queue, GradingFigures::oldestWaitSeconds);
    }

    private static long oldestWaitSeconds(SubmissionQueue queue) {
        return queue.oldestWaiting()
                .map(t -> Math.max(0, Duration.between(t, LocalDateTime.now(ZoneOffset.UTC)).toSeconds()))
                .orElse(0L);
    }

    /** Counts a recorded result and times it. */
    public void recorded(RecordedGrade grade) {
        String language = grade.claim().language();
        registry.counter("grading.runs", new Tag("verdict", grade.outcome().verdict().name())).inc();
        registry.timer("grading.queue.wait", new Tag("language", language))
                .update(Duration.between(grade.claim().enqueuedAt(), grade.claim().startedAt()));
        if (grade.runMillis() > 0) {
            registry.timer("grading.run.time", new Tag("language", language)).update(Duration.ofMillis(grade.runMillis()));
            averageRunMillis = SMOOTHING * grade.runMillis() + (1 - SMOOTHING) * averageRunMillis;
        }
    }

    /** Times a playground or Jobe run, which is never queued. */
    public void direct(String channel, String language, String verdict, Duration runTime) {
        registry.counter("grading.direct.runs", new Tag("channel", channel), new Tag("verdict", verdict)).inc();
        registry.timer("grading.direct.run.time", new Tag("channel", channel), new Tag("language", language))
                .update(runTime);
    }

    /** The recent average time to grade one submission on this node. */
    public Duration averageRunTime() {
        return Duration.ofMillis(Math.round(averageRunMillis));
    }
}
