package org.coderise.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.coderise.shared.domain.DomainException;

/**
 * The one place review pages turn a refused action into a message: the key {@code problem.<type>} of the
 * {@code reviewMsg} bundle with the exception's arguments, so people read why, in their language.
 */
@ApplicationScoped
public class PageMessages {

    /** Runs an action; a business refusal becomes an error message (the transaction already rolled back). */
    public <T> T attempt(Supplier<T> action, T otherwise) {
        try {
            return action.get();
        } catch (DomainException e) {
            error(e);
            return otherwise;
        }
    }

    public boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return true;
        }, false);
    }

    /** For a page that cannot show at all (no such review, not your cohort): the error page of the status. */
    public void respondWith(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(e.status(), e.getMessage());
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        faces.responseComplete();
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "reviewMsg");
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    private void error(DomainException e) {
        String message;
        try {
            message = text("problem." + e.type(), e.arguments().toArray());
        } catch (MissingResourceException missing) {
            message = e.getMessage();
        }
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
