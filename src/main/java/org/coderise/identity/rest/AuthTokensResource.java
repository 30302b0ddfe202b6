package org.coderise.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.ApiTokenService;
import org.coderise.identity.application.Authentication;
import org.coderise.identity.domain.Account;
import org.coderise.identity.rest.TokenRequests.IssuedTokenResponse;
import org.coderise.identity.rest.TokenRequests.TokenRequest;
import org.coderise.identity.rest.TokenRequests.TokenSummary;
import org.coderise.shared.rest.RestApplication;
import org.coderise.shared.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personal API tokens: sign in with email and password for one, list and revoke them with one. */
@Path("auth/tokens")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokensResource {
    @Inject
    ClientAddress clientAddress;
    @Inject
    Authentication authentication;
    @Inject
    ApiTokenService tokens;
    @Inject
    CallerId caller;
    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange email and password for an API token",
            description = "The token is shown only in this response; send it as 'Authorization: Bearer <token>'.")
    @APIResponse(responseCode = "201", description = "The new token")
    @APIResponse(responseCode = "401", description = "invalid-credentials problem")
    @APIResponse(responseCode = "429", description = "login-throttled problem, with Retry-After")
    public Response create(@NotNull @Valid TokenRequest body) {
        Account account = authentication.verify(body.email(), body.password(), clientAddress.of(request));
        String name = body.name() == null || body.name().isBlank() ? "API" : body.name();
        var issued = tokens.issue(account.id(), name);
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedTokenResponse(issued.token().id(), issued.token().name(), issued.secret(), "Bearer"))
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.LEARNER, Role.Names.MENTOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "The caller's tokens, newest first, without their secrets")
    public List<TokenSummary> list() {
        return tokens.tokensOf(caller.id()).stream().map(TokenSummary::of).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.LEARNER, Role.Names.MENTOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Revoke one of the caller's tokens (for good)")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "token-not-found problem")
    public void revoke(@PathParam("id") long id) {
        tokens.revoke(caller.id(), id);
    }
}
