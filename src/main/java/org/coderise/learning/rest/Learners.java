package org.coderise.learning.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Identities;

/** The calling learner, for resources already guarded by {@code @RolesAllowed}. */
@RequestScoped
class Learners {
    @Inject
    Identities identities;

    CurrentUser current() {
        return identities.current().orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
