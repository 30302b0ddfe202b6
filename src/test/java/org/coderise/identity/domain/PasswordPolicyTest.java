package org.coderise.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coderise.identity.domain.WeakPasswordException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final String EMAIL = "Amina.Otieno@example.org";

    @Test
    void acceptsAPassphraseOfTenCharactersOrMore() {
        assertThatCode(() -> PasswordPolicy.check("mangoes at the market", EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("k7#Lm2!qZx", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void rejectsNineCharacters() {
        assertReason("abcdefg12", Reason.TOO_SHORT);
    }

    @Test
    void rejectsAMissingPassword() {
        assertReason(null, Reason.TOO_SHORT);
    }

    @Test
    void rejectsMoreThanTwoHundredCharacters() {
        assertReason("x".repeat(100) + "y".repeat(101), Reason.TOO_LONG);
    }

    @Test
    void rejectsTheEmailAddressInAnyCase() {
        assertReason("amina.otieno@EXAMPLE.org", Reason.SAME_AS_EMAIL);
    }

    @Test
    void rejectsTheLocalPartOfTheEmail() {
        assertReason("AMINA.OTIENO", Reason.SAME_AS_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "1234567890", "Qwertyuiop", "motdepasse", "contraseña"})
    void rejectsPasswordsAttackersTryFirst(String common) {
        assertReason(common, Reason.TOO_COMMON);
    }

    @Test
    void rejectsARepeatedCharacterPair() {
        assertReason("abababababab", Reason.TOO_COMMON);
    }

    private static void assertReason(String password, Reason reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, EMAIL))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.type()).isEqualTo("weak-password");
                });
    }
}
