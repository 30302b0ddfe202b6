package org.coderise.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API token secrets. A secret is {@value #PREFIX} + 32 random bytes in URL-safe Base64: the prefix
 * lets secret scanners recognise leaked CodeRise tokens. With 256 random bits a fast unsalted SHA-256 is enough (no
 * dictionary to attack), and it lets a token be found by its hash in one indexed lookup.
 */
public final class TokenSecret {
    public static final String PREFIX = "crt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the secret's UTF-8 bytes (64 characters). */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
