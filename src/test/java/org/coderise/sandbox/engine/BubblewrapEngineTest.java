package org.coderise.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BubblewrapEngineTest {
    private static EngineSettings settings(String dir) {
        return new EngineSettings(Path.of("target", dir).toAbsolutePath(), 1, 62500, "coderise-62500", 1 << 20);
    }

    @Test
    void aSecondSandboxRefusesTheSlotUidsTheFirstHolds() {
        try (BubblewrapEngine first = BubblewrapEngine.start(settings("engine-first"))) {
            assertThat(first.status().ready()).as("%s", first.status()).isTrue();
            try (BubblewrapEngine second = BubblewrapEngine.start(settings("engine-second"))) {
                assertThat(second.status().ready()).isFalse();
                assertThat(second.status().problems()).anyMatch(p -> p.contains("already uses uid 62500"));
            }
        }
    }
}
