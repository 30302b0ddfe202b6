package org.coderise.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.RoleAdministration;
import org.coderise.identity.domain.Account;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins find users and grant or revoke roles, as on the users page. */
@Path("admin/users")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = RestApplication.BEARER)
public class UsersResource {
    /** A user as admins see them. */
    public record UserRow(long id, String displayName, String email, Set<Role> roles) {
        static UserRow of(Account account) {
            return new UserRow(account.id(), account.displayName(), account.email(), account.roles());
        }
    }

    @Inject
    RoleAdministration administration;
    @Inject
    CallerId caller;

    @GET
    @Operation(summary = "Users whose name or email contains q (at most 50)")
    public List<UserRow> find(@QueryParam("q") String text) {
        return administration.find(text).stream().map(UserRow::of).toList();
    }

    @PUT
    @Path("{id}/roles/{role}")
    @Operation(summary = "Grant a role")
    public UserRow grant(@PathParam("id") long id, @PathParam("role") Role role) {
        return UserRow.of(administration.grant(id, role));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @Operation(summary = "Revoke a role (an admin cannot revoke their own ADMIN role)")
    public UserRow revoke(@PathParam("id") long id, @PathParam("role") Role role) {
        return UserRow.of(administration.revoke(caller.id(), id, role));
    }
}
