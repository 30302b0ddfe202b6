package org.coderise.catalog.application;

import java.util.Locale;
import java.util.Map;

/** The translation rule: the requested locale, then its language alone, then the course's own language. */
final class Locales {
    private Locales() {
    }

    /** The key of {@code texts} to use for {@code requested}; {@code fallback} must be a key of {@code texts}. */
    static String pick(Map<String, ?> texts, String requested, String fallback) {
        if (requested != null && !requested.isBlank()) {
            String wanted = requested.replace('_', '-');
            if (texts.containsKey(wanted)) {
                return wanted;
            }
            String language = wanted.split("-")[0].toLowerCase(Locale.ROOT);
            if (texts.containsKey(language)) {
                return language;
            }
        }
        return texts.containsKey(fallback) ? fallback : texts.keySet().iterator().next();
    }
}
