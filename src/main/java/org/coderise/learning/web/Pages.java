package org.coderise.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;

/** Small page helpers shared by learning's backing beans: error answers and redirects, texts, parameter encoding. */
@RequestScoped
public class Pages {

    /** Answers 404 (the application's not-found page) and ends the response. */
    public void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the browser to {@code path} within the application and ends the response. */
    public void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The learning bundle's text for {@code key} in the page's language. */
    public String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "learningMsg").getString(key);
    }

    /**
     * The learning bundle's {@code problem.<type>} text with its arguments, for a refusal the page shows; the English
     * detail when the bundle has no text for that type.
     */
    public String problem(String type, List<Object> arguments, String englishDetail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "learningMsg");
        String key = "problem." + type;
        return bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments.toArray())
                : englishDetail;
    }

    public String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
