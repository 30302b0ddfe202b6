package org.coderise.grading.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.coderise.grading.infrastructure.JobeKeyUsage;
import org.coderise.grading.infrastructure.QueueDatabase;
import org.junit.jupiter.api.Test;

class JobeApiKeysTest {

    @Test
    void withoutConfiguredKeysEveryRequestIsAllowedAndASentKeyIsIgnored() {
        var keys = keys(Optional.empty(), 1);

        assertThat(keys.check(null, true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.check("anything", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.check("anything", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
    }

    @Test
    void withKeysAnUnknownOrMissingKeyIsRefused() {
        var keys = keys(Optional.of("moodle-a, moodle-b"), 10);

        assertThat(keys.check(null, false)).isEqualTo(JobeApiKeys.Decision.UNKNOWN_KEY);
        assertThat(keys.check("moodle-c", true)).isEqualTo(JobeApiKeys.Decision.UNKNOWN_KEY);
        assertThat(keys.check("moodle-b", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
    }

    @Test
    void theQuotaIsSharedByEveryNodeOnTheDatabase() {
        var database = QueueDatabase.h2();
        var nodeA = keys(Optional.of("moodle-a"), 2, database);
        var nodeB = keys(Optional.of("moodle-a"), 2, database);

        assertThat(nodeA.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(nodeB.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(nodeA.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.OVER_QUOTA);
        assertThat(nodeB.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.OVER_QUOTA);
    }

    @Test
    void eachKeyHasItsOwnHourlyQuotaOfRunsOnly() {
        var keys = keys(Optional.of("moodle-a,moodle-b"), 2);

        assertThat(keys.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.check("moodle-a", true)).isEqualTo(JobeApiKeys.Decision.OVER_QUOTA);
        assertThat(keys.check("moodle-a", false)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.check("moodle-b", true)).isEqualTo(JobeApiKeys.Decision.ALLOWED);
        assertThat(keys.secondsToNextHour()).isBetween(1L, 3600L);
    }

    private static JobeApiKeys keys(Optional<String> configured, int hourlyLimit) {
        return keys(configured, hourlyLimit, QueueDatabase.h2());
    }

    private static JobeApiKeys keys(Optional<String> configured, int hourlyLimit, QueueDatabase database) {
        var keys = new JobeApiKeys();
        keys.usage = new JobeKeyUsage(database.dataSource(), Clock.systemUTC());
        keys.keys = configured;
        keys.hourlyLimit = hourlyLimit;
        return keys;
    }
}
