package org.coderise.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.coderise.identity.application.ApiTokenService;
import org.coderise.identity.application.Profiles;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.ApiToken;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.web.LocaleSelection;

/** The profile page: details and language, password, cohort, API tokens, and erasure of the account. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A token as the page lists it. */
    public record TokenRow(long id, String name, LocalDateTime createdAt, LocalDateTime lastUsedAt, boolean revoked)
            implements Serializable {
        static TokenRow of(ApiToken token) {
            return new TokenRow(token.id(), token.name(), token.createdAt(), token.lastUsedAt().orElse(null),
                    token.isRevoked());
        }
    }

    @Inject
    Profiles profiles;
    @Inject
    ApiTokenService tokenService;
    @Inject
    SignedIn signedIn;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    PageMessages messages;

    private String displayName;
    private String language;
    private String email;
    private String currentPassword;
    private String newPassword;
    private String inviteCode;
    private String tokenName;
    private String newTokenSecret;
    private List<TokenRow> tokens;
    private boolean eraseConfirmed;

    @PostConstruct
    void load() {
        Account account = profiles.account(signedIn.id());
        displayName = account.displayName();
        language = account.preferredLanguage();
        email = account.email();
        loadTokens();
    }

    private void loadTokens() {
        tokens = tokenService.tokensOf(signedIn.id()).stream().map(TokenRow::of).toList();
    }

    public String save() {
        return attempt(() -> {
            profiles.update(signedIn.id(), displayName, language);
            localeSelection.setLanguage(language);
            messages.infoAfterRedirect("profile.saved");
        });
    }

    public String changePassword() {
        return attempt(() -> {
            profiles.changePassword(signedIn.id(), currentPassword, newPassword);
            messages.infoAfterRedirect("profile.passwordChanged");
        });
    }

    public String joinCohort() {
        return attempt(() -> messages.infoAfterRedirect("profile.joined",
                profiles.joinCohort(signedIn.id(), inviteCode).name()));
    }

    /** Stays on the page without redirect: the secret exists only in this response. */
    public void createToken() {
        try {
            newTokenSecret = tokenService.issue(signedIn.id(), tokenName).secret();
            tokenName = null;
            loadTokens();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void revoke(long tokenId) {
        try {
            tokenService.revoke(signedIn.id(), tokenId);
            newTokenSecret = null;
            loadTokens();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public String erase() throws ServletException {
        if (!eraseConfirmed) {
            messages.error("profileErase:confirmErase", "profile.eraseNeedsConfirm");
            return null;
        }
        profiles.erase(signedIn.id());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        messages.infoAfterRedirect("profile.erased");
        return "/index?faces-redirect=true";
    }

    /** Runs a change; on success reloads the page (post-redirect-get), on a broken rule shows why. */
    private String attempt(Runnable change) {
        try {
            change.run();
            return "/profile?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e);
            return null;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public void setInviteCode(String inviteCode) {
        this.inviteCode = inviteCode;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewTokenSecret() {
        return newTokenSecret;
    }

    public List<TokenRow> getTokens() {
        return tokens;
    }

    public boolean isEraseConfirmed() {
        return eraseConfirmed;
    }

    public void setEraseConfirmed(boolean eraseConfirmed) {
        this.eraseConfirmed = eraseConfirmed;
    }
}
