package org.coderise.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as typed (kept for display) and its normalized form (trimmed, lower case) that decides uniqueness.
 * The check is deliberately simple: one {@code @}, no spaces, a dot in the domain; a confirmation mail would be the
 * real proof.
 */
public record EmailAddress(String value, String normalized) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    /** @throws MalformedEmailException when {@code raw} is null or not of the form above */
    public static EmailAddress of(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new MalformedEmailException(value);
        }
        return new EmailAddress(value, normalize(value));
    }

    /** The form used for lookups: never fails, so a login with a malformed address simply finds nobody. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }
}
