package org.coderise.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 8, 9, 0);
    private static final ThrottlePolicy POLICY = ThrottlePolicy.ACCOUNT;

    @Test
    void fourFailuresLockNothing() {
        LoginThrottle throttle = failures(4, T0);
        assertThat(throttle.remainingLock(T0)).isEmpty();
    }

    @Test
    void theFifthFailureLocksForThirtySeconds() {
        LoginThrottle throttle = failures(5, T0);
        assertThat(throttle.remainingLock(T0)).contains(Duration.ofSeconds(30));
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        assertThat(POLICY.lockAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(POLICY.lockAfter(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(POLICY.lockAfter(8)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        assertThat(POLICY.lockAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(POLICY.lockAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theLockExpiresSoTheOwnerCanSignInAgain() {
        LoginThrottle throttle = failures(40, T0);
        assertThat(throttle.remainingLock(T0.plusMinutes(15))).isEmpty();
    }

    @Test
    void failuresOlderThanAnHourAreForgotten() {
        LoginThrottle throttle = failures(5, T0);
        throttle.recordFailure(POLICY, T0.plusHours(2));
        assertThat(throttle.failures()).isEqualTo(1);
        assertThat(throttle.remainingLock(T0.plusHours(2))).isEmpty();
    }

    @Test
    void anAddressMayFailMoreOftenThanAnAccountBecauseManyLearnersShareOne() {
        assertThat(ThrottlePolicy.ADDRESS.lockAfter(5)).isZero();
        assertThat(ThrottlePolicy.ADDRESS.lockAfter(30)).isPositive();
    }

    @Test
    void keysSeparateAccountsFromAddressesAndIgnoreEmailCase() {
        assertThat(LoginThrottle.accountKey(" Amina@Example.org ")).isEqualTo("account:amina@example.org");
        assertThat(LoginThrottle.addressKey("10.0.0.7")).isEqualTo("address:10.0.0.7");
    }

    private static LoginThrottle failures(int count, LocalDateTime at) {
        LoginThrottle throttle = new LoginThrottle("account:amina@example.org");
        for (int i = 0; i < count; i++) {
            throttle.recordFailure(POLICY, at);
        }
        return throttle;
    }
}
