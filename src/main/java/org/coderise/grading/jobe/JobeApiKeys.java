package org.coderise.grading.jobe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coderise.grading.infrastructure.JobeKeyUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional access control of the Jobe endpoint, like Jobe's own: when {@code coderise.jobe.api-keys} lists keys
 * (comma-separated), every request needs an {@code X-API-KEY} header with one of them, and each key may make
 * {@code coderise.jobe.hourly-limit} runs per clock hour, counted in the database across all nodes. With no keys configured (the default) the
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

    @Inject
    JobeKeyUsage usage;

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
        return usage.countRun(key) > hourlyLimit ? Decision.OVER_QUOTA : Decision.ALLOWED;
    }

    /** Seconds until the quotas reset. */
    long secondsToNextHour() {
        return usage.secondsToNextHour();
    }
}
