package org.coderise.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Recent failed logins of one key ({@code account:<email>} or {@code address:<ip>}) and the lock they earned under
 * a {@link ThrottlePolicy}. A success on the account key deletes the record.
 */
@Entity
@Table(name = "login_throttles")
public class LoginThrottle {
    @Id
    @Column(name = "throttle_key")
    private String key;
    private int failures;
    @Column(name = "last_failure_at")
    private LocalDateTime lastFailureAt;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key) {
        this.key = key;
    }

    public static String accountKey(String email) {
        return "account:" + EmailAddress.normalize(email);
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    public void recordFailure(ThrottlePolicy policy, LocalDateTime now) {
        if (lastFailureAt != null && lastFailureAt.plus(policy.forgetAfter()).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration lock = policy.lockAfter(failures);
        lockedUntil = lock.isZero() ? null : now.plus(lock);
    }

    /** How long the key stays locked from {@code now}; empty when it is not locked. */
    public Optional<Duration> remainingLock(LocalDateTime now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, lockedUntil));
    }

    public String key() {
        return key;
    }

    public int failures() {
        return failures;
    }
}
