package org.coderise.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in on this request, as learning names them: the account id, which identity makes the caller
 * principal's name. Empty for visitors.
 */
@RequestScoped
public class CurrentLearner {
    @Inject
    SecurityContext security;

    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isSignedIn() {
        return id().isPresent();
    }
}
