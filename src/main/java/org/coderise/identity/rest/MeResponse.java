package org.coderise.identity.rest;

import java.util.List;
import java.util.Set;
import org.coderise.identity.api.Role;
import org.coderise.identity.domain.Account;

/** The caller's own account as {@code GET /api/v1/me} shows it. A public contract: add fields, never rename. */
public record MeResponse(long id, String displayName, String email, Set<Role> roles, String language,
                         String country, List<Long> cohortIds) {
    static MeResponse of(Account account, List<Long> cohortIds) {
        return new MeResponse(account.id(), account.displayName(), account.email(), account.roles(),
                account.preferredLanguage(), account.countryCode(), cohortIds);
    }
}
