package org.coderise.grading.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Identities;

/** The learner behind a request, for resources already guarded by {@code @RolesAllowed}. */
@RequestScoped
class Learners {
    @Inject
    Identities identities;

    /** @throws NotAuthorizedException when nobody (or an erased account) is signed in */
    long current() {
        return identities.current().map(CurrentUser::id).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
