package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.EmailAddress;
import org.coderise.identity.domain.InvalidCredentialsException;
import org.coderise.identity.domain.LoginThrottledException;
import org.coderise.identity.domain.PasswordHasher;
import org.coderise.shared.domain.UtcTime;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Checks an email and password, under the throttling rules, for the login page and the token endpoint alike. */
@ApplicationScoped
public class Authentication {
    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottling throttling;
    @Inject
    MetricRegistry metrics;

    /**
     * @param address the client's network address, for the per-address throttle
     * @return the active account these credentials open
     * @throws LoginThrottledException while the account or the address is locked (even for the right password)
     * @throws InvalidCredentialsException when the email or the password is wrong
     */
    public Account verify(String email, String password, String address) {
        LocalDateTime now = UtcTime.now();
        throttling.remainingLock(email, address, now).ifPresent(remaining -> {
            count("throttled");
            throw new LoginThrottledException(remaining);
        });
        Optional<Account> account = accounts.findByEmail(EmailAddress.normalize(email)).filter(a -> !a.isErased());
        boolean matches = account.map(a -> hasher.matches(password, a.passwordHash())).orElseGet(() -> {
            hasher.spendTimeOfOneCheck(password);
            return false;
        });
        if (!matches) {
            remember(() -> throttling.recordFailure(email, address, now));
            count("failure");
            throw new InvalidCredentialsException();
        }
        remember(() -> throttling.recordSuccess(email));
        count("success");
        return account.get();
    }

    /** Whether the next attempt for this email from this address would be refused, and for how long. */
    public Optional<Duration> remainingLock(String email, String address) {
        return throttling.remainingLock(email, address, UtcTime.now());
    }

    /** Two simultaneous first failures may race to create the same record; losing that race changes nothing. */
    private static void remember(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            LOG.log(Level.FINE, "Concurrent throttle update lost a race", e);
        }
    }

    private void count(String outcome) {
        metrics.counter("coderise_logins", new Tag("outcome", outcome)).inc();
    }
}
