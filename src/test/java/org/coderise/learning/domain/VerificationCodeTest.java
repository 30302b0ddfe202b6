package org.coderise.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void randomCodesAreTenCharactersOfUnambiguousBase32() {
        var code = VerificationCode.random(new Random(42));

        assertThat(code.value()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
    }

    @Test
    void randomCodesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        var random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            seen.add(VerificationCode.random(random).value());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        assertThat(VerificationCode.parse(" 7k3m9-q2xwd ")).contains(new VerificationCode("7K3M9Q2XWD"));
        assertThat(VerificationCode.parse("O1LI0-ABCDE")).contains(new VerificationCode("01110ABCDE"));
    }

    @Test
    void rejectsWhatCannotBeACode() {
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("SHORT")).isEmpty();
        assertThat(VerificationCode.parse("7K3M9Q2XWU")).isEmpty();
        assertThat(VerificationCode.parse("'; DROP TABLE--")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("lowercase1"));
    }

    @Test
    void groupsForReading() {
        assertThat(new VerificationCode("7K3M9Q2XWD").grouped()).isEqualTo("7K3M9-Q2XWD");
    }
}
