package org.coderise.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

import org.coderise.identity.application.AccountRegistration;
import org.coderise.identity.application.Registration;
import org.coderise.identity.domain.Account;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration through the API, for partner organisations that enrol learners from their own systems. */
@Path("accounts")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
    @Inject
    AccountRegistration registration;

    @POST
    @PermitAll
    @Operation(summary = "Register a learner account",
            description = "Gender and age band are stored only with demographicsConsent = true.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at /me once signed in")
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-email, weak-password, "
            + "unknown-country or unknown-invite-code problem")
    @APIResponse(responseCode = "409", description = "duplicate-email problem")
    public Response register(Registration form, @Context UriInfo uri) {
        Account account = registration.register(form);
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(MeResponse.of(account, List.of())).build();
    }
}
