package org.coderise.identity.domain;

import java.time.Duration;

/**
 * How failed logins slow an attacker down. After {@code freeAttempts} failures each further failure locks the key
 * for {@code baseLock} doubled per extra failure, capped at {@code maxLock}; failures older than {@code forgetAfter}
 * are forgotten. Locks always expire, so the real owner is never locked out for good.
 */
public record ThrottlePolicy(int freeAttempts, Duration baseLock, Duration maxLock, Duration forgetAfter) {
    /** Per account: a person mistypes a few times; a guesser gets about 12 tries an hour after the first five. */
    public static final ThrottlePolicy ACCOUNT =
            new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    /** Per address: looser, because a school or a partner's centre puts many learners behind one address. */
    public static final ThrottlePolicy ADDRESS =
            new ThrottlePolicy(30, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    /** The lock after the {@code failures}-th consecutive failure; zero while still within the free attempts. */
    public Duration lockAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration lock = baseLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
