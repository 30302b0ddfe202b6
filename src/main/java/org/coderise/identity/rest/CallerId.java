package org.coderise.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Identities;

/** The authenticated caller's account id, for resources already guarded by {@code @RolesAllowed}. */
@RequestScoped
class CallerId {
    @Inject
    Identities identities;

    long id() {
        return identities.current().map(CurrentUser::id).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
