package org.coderise.grading.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The learner behind a request: the identity user id the authenticated principal carries. */
final class Learners {
    private Learners() {
    }

    /** @throws NotAuthorizedException when nobody is signed in */
    static long current(SecurityContext security) {
        var principal = security.getUserPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return Long.parseLong(principal.getName());
    }
}
