package org.coderise.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void aWorkDirLeftMountedByAKilledServerIsReplacedByAFreshOne() throws Exception {
        EngineSettings settings = settings("engine-killed");
        Path work = settings.baseDir().resolve("slots/0/work");
        Files.createDirectories(work);
        HostCommand.run(List.of("/usr/bin/umount", "--lazy", work.toString()));
        assertThat(HostCommand.run(List.of("/usr/bin/mount", "-t", "tmpfs", "-o", "size=1m,mode=0700,uid=12345",
                "coderise-work", work.toString())).succeeded()).isTrue();
        Files.writeString(work.resolve("left-by-the-killed-run.txt"), "old");

        try (BubblewrapEngine engine = BubblewrapEngine.start(settings)) {
            assertThat(engine.status().ready()).as("%s", engine.status()).isTrue();
            assertThat(work.resolve("left-by-the-killed-run.txt")).doesNotExist();
        }
    }
}
