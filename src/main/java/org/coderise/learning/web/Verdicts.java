package org.coderise.learning.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The sandbox's plain-language explanations of verdicts ({@code org.coderise.sandbox.api.Verdicts}). */
final class Verdicts {
    private static final String BUNDLE = "org.coderise.sandbox.api.Verdicts";

    private Verdicts() {
    }

    /** The explanation of {@code verdict} (a {@code Verdict} name) in {@code language}; empty when there is none. */
    static String explanation(String verdict, String language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language))
                    .getString("verdict." + verdict + ".explanation");
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
