package org.coderise.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
    @Test
    void keepsWhatWasTypedAndComparesInLowerCase() {
        EmailAddress email = EmailAddress.of("  Wanjiru.K@Example.ORG ");
        assertThat(email.value()).isEqualTo("Wanjiru.K@Example.ORG");
        assertThat(email.normalized()).isEqualTo("wanjiru.k@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wanjiru", "wanjiru@", "@example.org", "wanjiru@example", "wan jiru@example.org",
        "a@b@example.org", "wanjiru@example..org"})
    void rejectsWhatIsNotAnEmailAddress(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(MalformedEmailException.class);
    }

    @Test
    void rejectsMoreThan254Characters() {
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(250) + "@x.org"))
                .isInstanceOf(MalformedEmailException.class);
    }

    @Test
    void inviteCodesAreComparedInUpperCaseAndFreshOnesAreUnambiguous() {
        assertThat(Cohort.normalizeCode(" demo-2026 ")).isEqualTo("DEMO-2026");
        assertThat(Cohort.newInviteCode()).hasSize(8).doesNotContainPattern("[01ILO]");
    }
}
