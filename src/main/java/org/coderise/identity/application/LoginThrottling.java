package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.coderise.identity.domain.LoginThrottle;
import org.coderise.identity.domain.LoginThrottles;
import org.coderise.identity.domain.ThrottlePolicy;

/**
 * Keeps the failed-login records per account and per address. Writes run in their own transaction: a failed login
 * must be remembered although the login itself fails.
 */
@ApplicationScoped
public class LoginThrottling {
    @Inject
    LoginThrottles throttles;

    /** The longer of the account's and the address's remaining lock, if either is locked. */
    public Optional<Duration> remainingLock(String email, String address, LocalDateTime now) {
        Optional<Duration> account = remaining(LoginThrottle.accountKey(email), now);
        Optional<Duration> fromAddress = throttlesAddress(address)
                ? remaining(LoginThrottle.addressKey(address), now) : Optional.empty();
        return account.map(a -> fromAddress.filter(b -> b.compareTo(a) > 0).orElse(a)).or(() -> fromAddress);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String email, String address, LocalDateTime now) {
        throttle(LoginThrottle.accountKey(email)).recordFailure(ThrottlePolicy.ACCOUNT, now);
        if (throttlesAddress(address)) {
            throttle(LoginThrottle.addressKey(address)).recordFailure(ThrottlePolicy.ADDRESS, now);
        }
    }

    /**
     * Loopback is the address of a reverse proxy on the same host, shared by every visitor behind it: throttling it
     * would lock everyone out at once, so only the per-account throttle applies to it.
     */
    static boolean throttlesAddress(String address) {
        return address != null && !address.startsWith("127.") && !"::1".equals(address)
                && !"0:0:0:0:0:0:0:1".equals(address);
    }

    /** The owner got in: their account's count starts over (the address's does not, or an attacker could reset it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String email) {
        throttles.remove(LoginThrottle.accountKey(email));
    }

    private Optional<Duration> remaining(String key, LocalDateTime now) {
        return throttles.find(key).flatMap(t -> t.remainingLock(now));
    }

    private LoginThrottle throttle(String key) {
        return throttles.find(key).orElseGet(() -> throttles.add(new LoginThrottle(key)));
    }
}
