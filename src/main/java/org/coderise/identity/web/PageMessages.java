package org.coderise.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.coderise.shared.domain.DomainException;

/**
 * The one place where identity's pages turn outcomes into translated messages: {@code problem.<type>} keys for
 * domain exceptions (an argument that has its own key {@code problem.<type>.<argument>} is shown translated), plain
 * keys for successes. A message shows on the page rendered now, or, when asked for, on the page after a redirect
 * (flash).
 */
@ApplicationScoped
public class PageMessages {
    public static final String BUNDLE = "org.coderise.identity.web.Messages";

    public void error(DomainException e) {
        error(null, e);
    }

    /** @param clientId the field the message belongs to, or null for the page */
    public void error(String clientId, DomainException e) {
        Object[] arguments = e.arguments().stream()
                .map(a -> lookup("problem." + e.type() + "." + a).orElse(String.valueOf(a)))
                .toArray();
        String text = lookup("problem." + e.type()).map(p -> MessageFormat.format(p, arguments)).orElse(e.getMessage());
        add(clientId, FacesMessage.SEVERITY_ERROR, text, false);
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments), false);
    }

    /** A success shown on the page as it is rendered now (after an ajax update, say). */
    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), false);
    }

    /** A success shown on the page the browser is redirected to next. */
    public void infoAfterRedirect(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), true);
    }

    public String text(String key, Object... arguments) {
        return lookup(key).map(p -> MessageFormat.format(p, arguments)).orElse(key);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text, boolean keep) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (keep) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }

    private static Optional<String> lookup(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
