package org.coderise.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {
    @Test
    void secretsArePrefixedAndCarry256RandomBits() {
        String secret = TokenSecret.generate();
        assertThat(secret).startsWith("crt_").hasSize(4 + 43).matches("crt_[A-Za-z0-9_-]+");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(TokenSecret.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashIsTheHexSha256OfTheSecret() {
        assertThat(TokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theStoredHashRevealsNothingOfTheSecret() {
        String secret = TokenSecret.generate();
        assertThat(TokenSecret.hash(secret)).hasSize(64).doesNotContain(secret.substring(4, 14));
    }

    @Test
    void aTokenRecordsItsUseAtMostOnceAMinute() {
        ApiToken token = new ApiToken(1, "ci", TokenSecret.hash("x"), LocalDateTime.of(2026, 1, 1, 8, 0));
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 9, 0);
        assertThat(token.recordUse(t)).isTrue();
        assertThat(token.recordUse(t.plusSeconds(30))).isFalse();
        assertThat(token.recordUse(t.plusSeconds(61))).isTrue();
    }
}
