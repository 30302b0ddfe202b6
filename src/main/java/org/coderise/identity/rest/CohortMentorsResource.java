package org.coderise.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.PartnerAdministration;
import org.coderise.identity.rest.UsersResource.UserRow;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins choose which mentors review a cohort's submissions, as on the partners page. */
@Path("admin/cohorts/{cohortId}/mentors")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = RestApplication.BEARER)
public class CohortMentorsResource {
    @Inject
    PartnerAdministration administration;

    @GET
    @Operation(summary = "The mentors assigned to a cohort")
    public List<UserRow> mentors(@PathParam("cohortId") long cohortId) {
        return administration.mentors(cohortId).stream().map(UserRow::of).toList();
    }

    @PUT
    @Path("{accountId}")
    @Operation(summary = "Assign a mentor (an account holding the MENTOR role) to the cohort; idempotent")
    public UserRow assign(@PathParam("cohortId") long cohortId, @PathParam("accountId") long accountId) {
        return UserRow.of(administration.assignMentor(cohortId, accountId));
    }

    @DELETE
    @Path("{accountId}")
    @Operation(summary = "Take a mentor off the cohort; idempotent")
    public void unassign(@PathParam("cohortId") long cohortId, @PathParam("accountId") long accountId) {
        administration.unassignMentor(cohortId, accountId);
    }
}
