package org.coderise.learning.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A certificate's public verification code: 10 characters of Crockford's base32 (no I, L, O or U, so it reads aloud
 * and types without confusion), 50 random bits from a strong generator, so codes cannot be guessed or enumerated.
 * Printed on the certificate; {@code /verify/CODE} checks it.
 */
public record VerificationCode(String value) {
    public static final int LENGTH = 10;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final RandomGenerator STRONG = new SecureRandom();

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a verification code: " + value);
        }
    }

    public static VerificationCode random() {
        return random(STRONG);
    }

    public static VerificationCode random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /**
     * Reads a code as a person may type it: any case, with spaces or dashes, and the letters people confuse with
     * digits (O for 0, I and L for 1). Empty when it cannot be a code.
     */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normal = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(normal));
    }

    /** Grouped for reading, e.g. {@code 7K3M9-Q2XWD}. */
    public String grouped() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    @Override
    public String toString() {
        return value;
    }
}
