package org.coderise.grading.jobe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional access control of the Jobe endpoint, like Jobe's own: when {@code coderise.jobe.api-keys} lists keys
 * (comma-separated), every request needs an {@code X-API-KEY} header with one of them, and each key may make
 * {@code coderise.jobe.hourly-limit} runs per clock hour on this node. With no keys configured (the default) the
 * endpoint is open and a key a client sends anyway is ignored.
 */
@ApplicationScoped
public class JobeApiKeys {
    /** What a request may do. */
    enum Decision { ALLOWED, UNKNOWN_KEY, OVER_QUOTA }

    @Inject
    @ConfigProperty(name = "coderise.jobe.api-keys")
    Optional<String> keys;
    @Inject
    @ConfigProperty(name = "coderise.jobe.hourly-limit", defaultValue = "1000")
    int hourlyLimit;

    private final Map<String, AtomicInteger> runsThisHour = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private volatile Instant hour = Instant.EPOCH;

    private Set<String> keys() {
        return Arrays.stream(keys.orElse("").split(",")).map(String::trim).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    /** Checks a request; {@code run} counts it against the key's hourly quota. */
    Decision check(String key, boolean run) {
        Set<String> known = keys();
        if (known.isEmpty()) {
            return Decision.ALLOWED;
        }
        if (key == null || !known.contains(key)) {
            return Decision.UNKNOWN_KEY;
        }
        if (!run) {
            return Decision.ALLOWED;
        }
        return count(key) > hourlyLimit ? Decision.OVER_QUOTA : Decision.ALLOWED;
    }

    private synchronized int count(String key) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!now.equals(hour)) {
            hour = now;
            runsThisHour.clear();
        }
        return runsThisHour.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Seconds until the quotas reset. */
    long secondsToNextHour() {
        Instant now = clock.instant();
        return Math.max(1, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS).getEpochSecond() - now.getEpochSecond());
    }
}
