package org.coderise.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BubblewrapEngineTest {
    private static EngineSettings settings(String dir) {
        return new EngineSettings(Path.of("target", dir).toAbsolutePath(), 1, 62500, "coderise", 1 << 20);
    }

    @Test
    void aSecondSandboxOnTheHostMovesToTheNextFreeUidRangeAndSaysSo() {
        try (BubblewrapEngine first = BubblewrapEngine.start(settings("engine-first"))) {
            assertThat(first.status().ready()).as("%s", first.status()).isTrue();
            assertThat(first.firstUid()).isEqualTo(62500);
            try (BubblewrapEngine second = BubblewrapEngine.start(settings("engine-second"))) {
                assertThat(second.status().ready()).as("%s", second.status()).isTrue();
                assertThat(second.firstUid()).isEqualTo(62502);
                assertThat(second.status().problems()).anyMatch(p -> p.contains("this one uses 62502–62503"));
            }
        }
    }
}
