package org.coderise.grading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coderise.grading.application.GradingSettings;
import org.coderise.sandbox.api.Sandbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness by role: a node that grades is ready only while its sandbox can isolate (otherwise every submission it
 * claims would end as a sandbox error); a web node says so and which role it has, for whoever reads
 * {@code /health/ready}. The database check applies to every role.
 */
@Readiness
@ApplicationScoped
public class NodeRoleReadiness implements HealthCheck {
    @Inject
    GradingSettings settings;
    @Inject
    Sandbox sandbox;

    @Override
    public HealthCheckResponse call() {
        boolean sandboxReady = sandbox.status().ready();
        return HealthCheckResponse.named("node-role")
                .status(!settings.grades() || sandboxReady)
                .withData("role", settings.role().name().toLowerCase())
                .withData("workers", settings.grades() ? settings.workers() : 0)
                .withData("sandbox", sandboxReady ? "ready" : "not ready")
                .build();
    }
}
