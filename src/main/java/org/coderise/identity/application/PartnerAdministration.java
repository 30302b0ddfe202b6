package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coderise.identity.api.Role;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.AccountNotFoundException;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.CohortMembership;
import org.coderise.identity.domain.CohortNotFoundException;
import org.coderise.identity.domain.DuplicateInviteCodeException;
import org.coderise.identity.domain.DuplicatePartnerException;
import org.coderise.identity.domain.EmailAddress;
import org.coderise.identity.domain.NotAMentorException;
import org.coderise.identity.domain.Partner;
import org.coderise.identity.domain.PartnerNotFoundException;
import org.coderise.identity.domain.Partners;
import org.coderise.identity.domain.UnknownCountryException;
import org.coderise.shared.domain.UtcTime;

/** Admins manage partner organisations, their cohorts and the cohorts' invite codes. */
@ApplicationScoped
@Transactional
public class PartnerAdministration {
    /** A cohort as the admin page lists it. */
    public record CohortRow(long id, String partnerName, String name, String inviteCode, boolean open, long members,
                            List<MentorRow> mentors) implements java.io.Serializable {
    }

    /** A mentor assigned to a cohort, as the admin page lists them. */
    public record MentorRow(long id, String displayName, String email) implements java.io.Serializable {
        static MentorRow of(Account account) {
            return new MentorRow(account.id(), account.displayName(), account.email());
        }
    }

    @Inject
    Partners partners;
    @Inject
    Accounts accounts;

    public List<Partner> partners() {
        return partners.all();
    }

    public List<CohortRow> cohorts() {
        return partners.cohorts().stream().map(c -> new CohortRow(c.id(),
                partners.find(c.partnerId()).map(Partner::name).orElse("?"), c.name(), c.inviteCode(), c.isOpen(),
                partners.memberCount(c.id()),
                partners.mentorsOf(c.id()).stream().map(MentorRow::of).toList())).toList();
    }

    /** @param countryCode ISO 3166-1 alpha-2 or blank */
    public Partner addPartner(@NotBlank @Size(max = 120) String name, String countryCode) {
        if (partners.findByName(name.strip()).isPresent()) {
            throw new DuplicatePartnerException(name.strip());
        }
        String country = countryCode == null || countryCode.isBlank()
                ? null : UnknownCountryException.checked(countryCode);
        return partners.add(new Partner(name, country, UtcTime.now()));
    }

    /**
     * Renames a partner (names stay unique). The metrics dashboard and its exports show the new name at once, for
     * past activity too: they look names up by id when they display them.
     */
    public Partner renamePartner(long partnerId, @NotBlank @Size(max = 120) String name) {
        Partner partner = partners.find(partnerId).orElseThrow(() -> new PartnerNotFoundException(partnerId));
        if (partners.findByName(name.strip()).filter(other -> other.id() != partnerId).isPresent()) {
            throw new DuplicatePartnerException(name.strip());
        }
        partner.rename(name);
        return partner;
    }

    public Cohort renameCohort(long cohortId, @NotBlank @Size(max = 120) String name) {
        Cohort cohort = cohort(cohortId);
        cohort.rename(name);
        return cohort;
    }

    /** @param inviteCode the code to use, or blank for a fresh random one */
    public Cohort addCohort(long partnerId, @NotBlank @Size(max = 120) String name,
                            @Pattern(regexp = "[A-Za-z0-9-]{0,32}") String inviteCode) {
        partners.find(partnerId).orElseThrow(() -> new PartnerNotFoundException(partnerId));
        String code = inviteCode == null || inviteCode.isBlank() ? Cohort.newInviteCode() : inviteCode;
        ensureFree(code);
        return partners.add(new Cohort(partnerId, name, code, UtcTime.now()));
    }

    /**
     * Makes a mentor a member of the cohort, so its review requests reach them; assigning twice changes nothing.
     * @throws NotAMentorException when the account does not hold the MENTOR role
     */
    public Account assignMentor(long cohortId, long accountId) {
        cohort(cohortId);
        Account mentor = accounts.findActive(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        if (!mentor.roles().contains(Role.MENTOR)) {
            throw new NotAMentorException(mentor.email());
        }
        if (!partners.isMember(cohortId, accountId)) {
            partners.add(new CohortMembership(cohortId, accountId, UtcTime.now()));
        }
        return mentor;
    }

    /** The page's form names the mentor by email, which admins know; the API uses the id. */
    public Account assignMentor(long cohortId, String email) {
        return accounts.findByEmail(EmailAddress.normalize(email))
                .filter(account -> account.roles().contains(Role.MENTOR))
                .map(mentor -> assignMentor(cohortId, mentor.id()))
                .orElseThrow(() -> new NotAMentorException(email.strip()));
    }

    /** Takes a mentor off a cohort; learners are never removed this way (their progress belongs to the cohort). */
    public void unassignMentor(long cohortId, long accountId) {
        cohort(cohortId);
        if (partners.mentorsOf(cohortId).stream().anyMatch(mentor -> mentor.id() == accountId)) {
            partners.removeMembership(cohortId, accountId);
        }
    }

    public List<Account> mentors(long cohortId) {
        cohort(cohortId);
        return partners.mentorsOf(cohortId);
    }

    /** Replaces a cohort's invite code with a fresh one, e.g. after it leaked; members stay members. */
    public Cohort renewInviteCode(long cohortId) {
        Cohort cohort = cohort(cohortId);
        String code = Cohort.newInviteCode();
        ensureFree(code);
        cohort.changeInviteCode(code);
        return cohort;
    }

    public void setOpen(long cohortId, boolean open) {
        cohort(cohortId).setOpen(open);
    }

    private Cohort cohort(long cohortId) {
        return partners.findCohort(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
    }

    private void ensureFree(String code) {
        if (partners.findCohortByCode(Cohort.normalizeCode(code)).isPresent()) {
            throw new DuplicateInviteCodeException(Cohort.normalizeCode(code));
        }
    }
}
