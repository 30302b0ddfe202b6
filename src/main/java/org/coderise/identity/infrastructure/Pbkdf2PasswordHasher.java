package org.coderise.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import org.coderise.identity.domain.PasswordHasher;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (OWASP's 2023 advice), through Jakarta Security's
 * built-in {@link Pbkdf2PasswordHash}. The hash string records its parameters, so raising them later only affects
 * new hashes and old ones keep verifying.
 */
@ApplicationScoped
class Pbkdf2PasswordHasher implements PasswordHasher {
    @Inject
    Pbkdf2PasswordHash pbkdf2;
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        decoy = pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    @Override
    public void spendTimeOfOneCheck(String password) {
        matches(password == null ? "" : password, decoy);
    }
}
