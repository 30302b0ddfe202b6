package org.coderise.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Identities;
import org.coderise.identity.api.Role;

/** The signed-in person for page templates and navigation ({@code #{signedIn.learner}} and so on). */
@Named
@RequestScoped
public class SignedIn {
    @Inject
    Identities identities;
    private Optional<CurrentUser> user;

    public Optional<CurrentUser> user() {
        if (user == null) {
            user = identities.current();
        }
        return user;
    }

    /** The account id; only for pages the container already restricts to signed-in people. */
    public long id() {
        return user().orElseThrow(() -> new IllegalStateException("Page reached without sign-in")).id();
    }

    public boolean isPresent() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(CurrentUser::displayName).orElse("");
    }

    public boolean isLearner() {
        return has(Role.LEARNER);
    }

    public boolean isMentor() {
        return has(Role.MENTOR);
    }

    public boolean isManager() {
        return has(Role.MANAGER);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    private boolean has(Role role) {
        return user().map(u -> u.has(role)).orElse(false);
    }
}
