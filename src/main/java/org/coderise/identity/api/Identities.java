package org.coderise.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.Partners;
import org.coderise.shared.web.LocaleSelection;

/**
 * Identity's answers for other contexts: who is signed in on this request (page or API), and a user's display name
 * and cohorts by id, and the current names of partners and cohorts. Erased accounts have no display name and no current user.
 */
@ApplicationScoped
public class Identities {
    @Inject
    SecurityContext security;
    @Inject
    Accounts accounts;
    @Inject
    Partners partners;

    /** The caller of the current request, if signed in. */
    public Optional<CurrentUser> current() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return parseId(principal.getName()).flatMap(accounts::findActive).map(Identities::toCurrentUser);
    }

    /** The name to show for a user, e.g. in a mentor's review queue. */
    public Optional<String> displayName(long userId) {
        return accounts.findActive(userId).map(Account::displayName);
    }

    /** The cohorts a user belongs to (as learner or as mentor), ascending. */
    public List<Long> cohortIds(long userId) {
        return partners.cohortIdsOf(userId);
    }

    /**
     * The current names of partner organisations, by id, in one query (rename a partner and the next call shows the
     * new name). Ids of no partner are left out of the map; never null.
     */
    public Map<Long, String> partnerNames(Collection<Long> partnerIds) {
        return partners.partnerNames(partnerIds);
    }

    /** The current names of cohorts, by id, in one query; ids of no cohort are left out of the map; never null. */
    public Map<Long, String> cohortNames(Collection<Long> cohortIds) {
        return partners.cohortNames(cohortIds);
    }

    private static CurrentUser toCurrentUser(Account account) {
        return new CurrentUser(account.id(), account.displayName(), account.roles(),
                LocaleSelection.supportedOrDefault(account.preferredLanguage()));
    }

    private static Optional<Long> parseId(String name) {
        try {
            return Optional.of(Long.parseLong(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
