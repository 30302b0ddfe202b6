package org.coderise.identity.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the account's email (or its local part) and
 * not one of the passwords attackers try first. Length beats composition rules (NIST SP 800-63B), so there are none.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "123456789",
            "1234567890", "12345678910", "0123456789", "1q2w3e4r5t", "qwertyuiop", "qwerty1234", "qwerty12345",
            "1qaz2wsx3edc", "iloveyou12", "abcdefghij", "abc1234567", "letmein123", "welcome123", "admin12345",
            "football12", "baseball12", "sunshine12", "princess12", "monkey1234", "dragon1234", "starwars12",
            "aaaaaaaaaa", "1111111111", "0000000000", "azertyuiop", "motdepasse", "contrasena", "contraseña",
            "coderise123", "changeme123", "trustno1234", "superman12", "computer12");

    private PasswordPolicy() {
    }

    /** @throws WeakPasswordException naming the first rule {@code password} breaks */
    public static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String normalizedEmail = EmailAddress.normalize(email);
        if (!normalizedEmail.isEmpty() && (lower.equals(normalizedEmail)
                || lower.equals(normalizedEmail.substring(0, Math.max(normalizedEmail.indexOf('@'), 0))))) {
            throw new WeakPasswordException(WeakPasswordException.Reason.SAME_AS_EMAIL);
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 3) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_COMMON);
        }
    }
}
