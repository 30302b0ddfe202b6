package org.coderise.grading.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.coderise.grading.application.GradingSettings;
import org.coderise.grading.infrastructure.GradingFigures;
import org.coderise.grading.infrastructure.SubmissionQueue;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.identity.api.Role;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The grader status panel for administrators: the queue (whole cluster), this node's workers and sandbox. */
@Path("grading/status")
@RequestScoped
@Tag(name = "Grading")
@Produces(MediaType.APPLICATION_JSON)
public class GradingStatusResource {
    @Inject
    SubmissionQueue queue;
    @Inject
    GradingSettings settings;
    @Inject
    GradingFigures figures;
    @Inject
    Sandbox sandbox;

    /** A wire contract for the admin page. */
    public record GradingStatus(long queueLength, long oldestWaitingSeconds, String nodeRole, int workers,
            String claimStrategy, long averageRunMillis, boolean sandboxReady, int sandboxSlots,
            List<String> protections, List<String> problems) {
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Queue length and oldest wait, this node's workers and sandbox protections")
    public GradingStatus status() {
        var sandboxStatus = sandbox.status();
        long oldest = queue.oldestWaiting()
                .map(t -> Duration.between(t, LocalDateTime.now(ZoneOffset.UTC)).toSeconds()).orElse(0L);
        return new GradingStatus(queue.length(), Math.max(0, oldest), settings.role().name(),
                settings.grades() ? settings.workers() : 0, queue.strategy().name(),
                figures.averageRunTime().toMillis(), sandboxStatus.ready(), sandboxStatus.slots(),
                sandboxStatus.protections(), sandboxStatus.problems());
    }
}
