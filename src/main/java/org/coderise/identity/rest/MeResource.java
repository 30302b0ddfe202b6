package org.coderise.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coderise.identity.api.Identities;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.Profiles;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the API token belongs to. */
@Path("me")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
public class MeResource {
    @Inject
    CallerId caller;
    @Inject
    Profiles profiles;
    @Inject
    Identities identities;

    @GET
    @RolesAllowed({Role.Names.LEARNER, Role.Names.MENTOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The account of the API token's owner")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "authentication-required or invalid-token problem")
    public MeResponse me() {
        long id = caller.id();
        return MeResponse.of(profiles.account(id), identities.cohortIds(id));
    }
}
