package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.coderise.identity.api.AccountErased;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.AccountNotFoundException;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.ApiTokens;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.CohortMembership;
import org.coderise.identity.domain.PasswordHasher;
import org.coderise.identity.domain.PasswordPolicy;
import org.coderise.identity.domain.Partners;
import org.coderise.identity.domain.UnknownInviteCodeException;
import org.coderise.identity.domain.WrongPasswordException;
import org.coderise.shared.domain.UtcTime;

/** A person's own changes to their account: name, language, password, cohort, and erasure. */
@ApplicationScoped
@Transactional
public class Profiles {
    @Inject
    Accounts accounts;
    @Inject
    Partners partners;
    @Inject
    ApiTokens tokens;
    @Inject
    PasswordHasher hasher;
    @Inject
    Event<AccountErased> erased;

    /** @throws AccountNotFoundException when the account does not exist or is erased */
    public Account account(long accountId) {
        return accounts.findActive(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    public void update(long accountId, @NotBlank @Size(max = 80) String displayName,
                       @NotNull @Pattern(regexp = "en|fr|es") String language) {
        Account account = account(accountId);
        account.rename(displayName);
        account.preferLanguage(language);
    }

    public void changeLanguage(long accountId, @NotNull @Pattern(regexp = "en|fr|es") String language) {
        account(accountId).preferLanguage(language);
    }

    /** @throws WrongPasswordException, WeakPasswordException */
    public void changePassword(long accountId, @NotNull String currentPassword, @NotNull String newPassword) {
        Account account = account(accountId);
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        PasswordPolicy.check(newPassword, account.email());
        account.changePasswordHash(hasher.hash(newPassword));
    }

    /** Names of the cohorts the account belongs to, alphabetically. */
    public List<String> cohortNames(long accountId) {
        return partners.cohortsOf(accountId).stream().map(Cohort::name).toList();
    }

    /** Joins the open cohort with this code (idempotent); @throws UnknownInviteCodeException */
    public Cohort joinCohort(long accountId, @NotBlank String inviteCode) {
        Account account = account(accountId);
        Cohort cohort = partners.findCohortByCode(Cohort.normalizeCode(inviteCode)).filter(Cohort::isOpen)
                .orElseThrow(() -> new UnknownInviteCodeException(inviteCode.strip()));
        if (!partners.isMember(cohort.id(), accountId)) {
            partners.add(new CohortMembership(cohort.id(), accountId, UtcTime.now()));
        }
        account.joinPartner(cohort.partnerId());
        return cohort;
    }

    /**
     * Erases the person's data: name, email, demographics and password go, tokens are revoked, the id stays for the
     * aggregates. Irreversible.
     */
    public void erase(long accountId) {
        LocalDateTime now = UtcTime.now();
        Account account = account(accountId);
        account.erase(hasher.hash(UUID.randomUUID().toString()), now);
        tokens.revokeAll(accountId, now);
        erased.fire(new AccountErased(accountId));
    }
}
