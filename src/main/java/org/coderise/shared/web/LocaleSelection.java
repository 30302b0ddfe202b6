package org.coderise.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages speak to this visitor: the browser's preference first, then their explicit choice (which
 * identity also stores as the account's preferred language). Direction is derived so right-to-left languages can be
 * added with a bundle alone.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa", "he", "ur");

    @Inject
    Event<LanguageChosen> chosen;
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = negotiated();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the language; unknown tags fall back to English rather than failing. Announces a change as
     * {@link LanguageChosen}, so identity can keep it as the account's preferred language.
     */
    public void setLanguage(String languageTag) {
        Locale previous = getLocale();
        locale = supportedOrDefault(languageTag);
        if (!locale.equals(previous)) {
            chosen.fire(new LanguageChosen(locale));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    public String getDirection() {
        return RIGHT_TO_LEFT.contains(getLanguage()) ? "rtl" : "ltr";
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public String displayName(Locale candidate) {
        return candidate.getDisplayLanguage(candidate);
    }

    public static Locale supportedOrDefault(String languageTag) {
        if (languageTag == null) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }

    private static Locale negotiated() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        var requested = faces.getExternalContext().getRequestLocales();
        while (requested.hasNext()) {
            Locale candidate = requested.next();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(candidate.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
