package org.coderise.grading.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coderise.grading.infrastructure.GraderStatusReport;
import org.coderise.grading.infrastructure.GraderStatusReport.GradingStatus;
import org.coderise.identity.api.Role;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The grader status for administrators' tools; the same figures as the page /admin/grading.xhtml. */
@Path("grading/status")
@RequestScoped
@Tag(name = "Grading")
@Produces(MediaType.APPLICATION_JSON)
public class GradingStatusResource {
    @Inject
    GraderStatusReport report;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Queue length and oldest wait, this node's workers and sandbox protections")
    public GradingStatus status() {
        return report.current();
    }
}
