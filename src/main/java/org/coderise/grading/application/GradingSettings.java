package org.coderise.grading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Grading's configuration (MicroProfile Config; each key also reads from the environment, e.g.
 * {@code CODERISE_GRADING_WORKERS}). Defaults suit one node on a small machine.
 */
@ApplicationScoped
public class GradingSettings {
    /** What this node does: serve pages and the API, grade, or both. */
    public enum NodeRole { WEB, GRADER, BOTH }

    @Inject
    @ConfigProperty(name = "coderise.node.role", defaultValue = "both")
    String role;
    @Inject
    @ConfigProperty(name = "coderise.grading.workers", defaultValue = "2")
    int workers;
    @Inject
    @ConfigProperty(name = "coderise.grading.lease-seconds", defaultValue = "120")
    int leaseSeconds;
    @Inject
    @ConfigProperty(name = "coderise.grading.max-attempts", defaultValue = "3")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "coderise.grading.poll-millis", defaultValue = "500")
    int pollMillis;
    @Inject
    @ConfigProperty(name = "coderise.grading.claim-strategy", defaultValue = "auto")
    String claimStrategy;
    @Inject
    @ConfigProperty(name = "coderise.grading.learner.in-flight", defaultValue = "3")
    int learnerInFlight;
    @Inject
    @ConfigProperty(name = "coderise.grading.learner.per-minute", defaultValue = "10")
    int learnerPerMinute;
    @Inject
    @ConfigProperty(name = "coderise.grading.queue.busy-length", defaultValue = "500")
    int busyQueueLength;

    public NodeRole role() {
        return NodeRole.valueOf(role.trim().toUpperCase());
    }

    public boolean grades() {
        return role() != NodeRole.WEB;
    }

    public int workers() {
        return workers;
    }

    /** How long a claim is valid; longer than any run's wall-time limit plus compile time. */
    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** How often an idle worker looks for work queued by other nodes. */
    public Duration poll() {
        return Duration.ofMillis(pollMillis);
    }

    /** {@code auto}, {@code skip_locked} or {@code optimistic}. */
    public String claimStrategy() {
        return claimStrategy;
    }

    public int learnerInFlight() {
        return learnerInFlight;
    }

    public int learnerPerMinute() {
        return learnerPerMinute;
    }

    /** Above this queue length, submissions are still stored and queued but the answer says CodeRise is busy. */
    public int busyQueueLength() {
        return busyQueueLength;
    }
}
