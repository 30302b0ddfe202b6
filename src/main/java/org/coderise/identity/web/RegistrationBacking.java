package org.coderise.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.coderise.identity.application.AccountRegistration;
import org.coderise.identity.application.Registration;
import org.coderise.identity.domain.AgeBand;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.web.LocaleSelection;

/** The registration form. On success the new learner is signed in and lands on their home page. */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Which field a problem is about, so its message appears beside it. */
    private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
            "duplicate-email", "registerForm:email",
            "malformed-email", "registerForm:email",
            "weak-password", "registerForm:password",
            "unknown-country", "registerForm:country",
            "unknown-invite-code", "registerForm:inviteCode");

    @Inject
    AccountRegistration registration;
    @Inject
    LoginBacking login;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    PageMessages messages;

    private String displayName;
    private String email;
    private String password;
    private String language;
    private String country;
    private boolean consent;
    private String gender;
    private AgeBand ageBand;
    private String inviteCode;

    public String register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            registration.register(new Registration(displayName, email, password, getLanguage(), country, consent,
                    consent ? gender : null, consent ? ageBand : null, inviteCode));
        } catch (DomainException e) {
            messages.error(FIELD_OF_PROBLEM.get(e.type()), e);
            return null;
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v ->
                    messages.error(null, "field.invalid", v.getPropertyPath(), v.getMessage()));
            return null;
        }
        login.signIn(faces, email, password);
        localeSelection.setLanguage(getLanguage());
        messages.infoAfterRedirect("register.done", displayName);
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/home.xhtml");
        return null;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Defaults to the language the page is shown in. */
    public String getLanguage() {
        return language == null ? localeSelection.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public void setInviteCode(String inviteCode) {
        this.inviteCode = inviteCode;
    }
}
