package org.coderise.identity.api;

import java.util.Locale;
import java.util.Set;

/**
 * The signed-in person as other contexts need them: id (stable, also after erasure), display name, roles and the
 * language pages should use.
 */
public record CurrentUser(long id, String displayName, Set<Role> roles, Locale locale) {
    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
