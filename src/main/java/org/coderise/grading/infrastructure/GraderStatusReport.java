package org.coderise.grading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.coderise.grading.application.GradingSettings;
import org.coderise.sandbox.api.Sandbox;

/** What an administrator needs to see of grading: the queue (whole cluster), this node's workers and sandbox. */
@ApplicationScoped
public class GraderStatusReport {
    @Inject
    SubmissionQueue queue;
    @Inject
    GradingSettings settings;
    @Inject
    GradingFigures figures;
    @Inject
    Sandbox sandbox;

    /** A wire contract of the REST status endpoint: renaming a component breaks admin tools that read it. */
    public record GradingStatus(long queueLength, long oldestWaitingSeconds, String nodeRole, int workers,
            String claimStrategy, long averageRunMillis, boolean sandboxReady, int sandboxSlots,
            List<String> protections, List<String> problems) {
    }

    public GradingStatus current() {
        var sandboxStatus = sandbox.status();
        long oldest = queue.oldestWaiting()
                .map(t -> Duration.between(t, LocalDateTime.now(ZoneOffset.UTC)).toSeconds()).orElse(0L);
        return new GradingStatus(queue.length(), Math.max(0, oldest), settings.role().name(),
                settings.grades() ? settings.workers() : 0, queue.strategy().name(),
                figures.averageRunTime().toMillis(), sandboxStatus.ready(), sandboxStatus.slots(),
                sandboxStatus.protections(), sandboxStatus.problems());
    }
}
