package org.coderise.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coderise.identity.api.Role;

/**
 * A person's account. Created by registration with the LEARNER role; admins grant more roles. Demographics (gender
 * self-description, age band) exist only with consent, recorded with its time. Erasure replaces name and email with
 * placeholders, drops demographics and makes the password unusable; the row and id stay so aggregates keep counting.
 * Invariant: an erased account has no personal data and cannot sign in.
 */
@Entity
@Table(name = "accounts")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "email_normalized")
    private String emailNormalized;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "demographics_consent")
    private boolean demographicsConsent;
    @Column(name = "demographics_consent_at")
    private LocalDateTime demographicsConsentAt;
    @Column(name = "gender_self_description")
    private String genderSelfDescription;
    @Column(name = "age_band")
    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "erased_at")
    private LocalDateTime erasedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    public Account(String displayName, EmailAddress email, String passwordHash, String preferredLanguage,
                   String countryCode, LocalDateTime createdAt) {
        this.displayName = displayName.strip();
        this.email = email.value();
        this.emailNormalized = email.normalized();
        this.passwordHash = passwordHash;
        this.preferredLanguage = preferredLanguage;
        this.countryCode = countryCode;
        this.createdAt = createdAt;
        this.roles.add(Role.LEARNER);
    }

    /** Records consented demographics; either value may be null (the person chose not to say). */
    public void consentToDemographics(String genderSelfDescription, AgeBand ageBand, LocalDateTime at) {
        this.demographicsConsent = true;
        this.demographicsConsentAt = at;
        this.genderSelfDescription = genderSelfDescription == null || genderSelfDescription.isBlank()
                ? null : genderSelfDescription.strip();
        this.ageBand = ageBand;
    }

    public void joinPartner(long partnerId) {
        if (this.partnerId == null) {
            this.partnerId = partnerId;
        }
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    /** Removes every personal detail; see the class comment. {@code unusableHash} must match no password. */
    public void erase(String unusableHash, LocalDateTime at) {
        this.displayName = "—";
        this.email = "erased-" + id + "@erased.invalid";
        this.emailNormalized = this.email;
        this.passwordHash = unusableHash;
        this.demographicsConsent = false;
        this.demographicsConsentAt = null;
        this.genderSelfDescription = null;
        this.ageBand = null;
        this.roles.clear();
        this.erasedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String countryCode() {
        return countryCode;
    }

    public boolean demographicsConsent() {
        return demographicsConsent;
    }

    public Optional<String> genderSelfDescription() {
        return Optional.ofNullable(genderSelfDescription);
    }

    public Optional<AgeBand> ageBand() {
        return Optional.ofNullable(ageBand);
    }

    public Optional<Long> partnerId() {
        return Optional.ofNullable(partnerId);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
