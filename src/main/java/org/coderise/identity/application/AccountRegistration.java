package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Optional;
import org.coderise.identity.api.LearnerRegistered;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.CohortMembership;
import org.coderise.identity.domain.DuplicateEmailException;
import org.coderise.identity.domain.EmailAddress;
import org.coderise.identity.domain.PasswordHasher;
import org.coderise.identity.domain.PasswordPolicy;
import org.coderise.identity.domain.Partners;
import org.coderise.identity.domain.UnknownCountryException;
import org.coderise.identity.domain.UnknownInviteCodeException;
import org.coderise.shared.domain.UtcTime;

/** Registers accounts: all checks pass and account, membership and event happen together, or nothing is written. */
@ApplicationScoped
@Transactional
public class AccountRegistration {
    private final Accounts accounts;
    private final Partners partners;
    private final PasswordHasher hasher;
    private final Event<LearnerRegistered> registered;

    /** For the CDI proxy only. */
    protected AccountRegistration() {
        this(null, null, null, null);
    }

    @Inject
    public AccountRegistration(Accounts accounts, Partners partners, PasswordHasher hasher,
                               Event<LearnerRegistered> registered) {
        this.accounts = accounts;
        this.partners = partners;
        this.hasher = hasher;
        this.registered = registered;
    }

    /**
     * @return the new account, with the LEARNER role
     * @throws org.coderise.identity.domain.MalformedEmailException, DuplicateEmailException, WeakPasswordException,
     *         UnknownCountryException, UnknownInviteCodeException — before anything is written
     */
    public Account register(@NotNull @Valid Registration form) {
        EmailAddress email = EmailAddress.of(form.email());
        PasswordPolicy.check(form.password(), email.value());
        String country = UnknownCountryException.checked(form.country());
        if (accounts.emailTaken(email.normalized())) {
            throw new DuplicateEmailException();
        }
        Optional<Cohort> cohort = cohortOf(form.inviteCode());
        LocalDateTime now = UtcTime.now();
        Account account = new Account(form.displayName(), email, hasher.hash(form.password()),
                form.language() == null ? "en" : form.language(), country, now);
        if (form.demographicsConsent()) {
            account.consentToDemographics(form.gender(), form.ageBand(), now);
        }
        cohort.ifPresent(c -> account.joinPartner(c.partnerId()));
        accounts.add(account);
        cohort.ifPresent(c -> partners.add(new CohortMembership(c.id(), account.id(), now)));
        registered.fire(new LearnerRegistered(account.id(), country, account.partnerId().orElse(null),
                cohort.map(Cohort::id).orElse(null), account.ageBand().map(Enum::name).orElse(null),
                account.genderSelfDescription().orElse(null), now));
        return account;
    }

    private Optional<Cohort> cohortOf(String inviteCode) {
        if (inviteCode == null || inviteCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(partners.findCohortByCode(Cohort.normalizeCode(inviteCode))
                .filter(Cohort::isOpen)
                .orElseThrow(() -> new UnknownInviteCodeException(inviteCode.strip())));
    }
}
