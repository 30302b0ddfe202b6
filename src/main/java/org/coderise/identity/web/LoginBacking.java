package org.coderise.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.coderise.identity.api.Identities;
import org.coderise.identity.application.Authentication;
import org.coderise.identity.domain.LoginThrottledException;
import org.coderise.shared.web.ClientAddress;
import org.coderise.shared.web.LocaleSelection;

/**
 * Signs people in and out. After sign-in the pages switch to the account's language and the person returns to the
 * page that asked them to sign in ({@code next}, only ever a path of this site) or to their home.
 */
@Named
@RequestScoped
public class LoginBacking {
    private static final String HOME = "/home.xhtml";

    @Inject
    ClientAddress clientAddress;
    @Inject
    SecurityContext security;
    @Inject
    Authentication authentication;
    @Inject
    Identities identities;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    PageMessages messages;

    private String email;
    private String password;
    private String next;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Duration> lock = authentication.remainingLock(email, clientAddress.of(request));
        if (lock.isPresent()) {
            messages.error(new LoginThrottledException(lock.get()));
            return null;
        }
        if (signIn(faces, email, password) != AuthenticationStatus.SUCCESS) {
            authentication.remainingLock(email, clientAddress.of(request)).ifPresentOrElse(
                    remaining -> messages.error(new LoginThrottledException(remaining)),
                    () -> messages.error(null, "login.failed"));
            return null;
        }
        external.redirect(external.getRequestContextPath() + safeNext());
        return null;
    }

    /** Authenticates through the container (so the session is established) and adopts the account's language. */
    AuthenticationStatus signIn(FacesContext faces, String email, String password) {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        if (status == AuthenticationStatus.SUCCESS) {
            identities.current().ifPresent(user -> localeSelection.setLanguage(user.locale().getLanguage()));
        }
        return status;
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        messages.infoAfterRedirect("logout.done");
        return "/index?faces-redirect=true";
    }

    /** Only a local path: an absolute or protocol-relative address would make this an open redirect. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return HOME;
        }
        return next;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
