package org.coderise.grading.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobeFileCacheTest {
    private static final int MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    private final JobeFileCache cache = new JobeFileCache();

    @BeforeEach
    void openWithTwoMegabytes() {
        cache.dataDir = dataDir.toString();
        cache.capacityMb = 2;
        cache.open();
    }

    @Test
    void keepsEverythingWithinCapacity() {
        String first = cache.put(new byte[MB / 2]);
        String second = cache.put(new byte[MB / 2 + 1]);

        assertThat(cache.contains(first)).isTrue();
        assertThat(cache.contains(second)).isTrue();
    }

    @Test
    void evictsTheLeastRecentlyUsedFirstDownToTheLowWaterMark() throws IOException {
        cache.put("oldfile01", new byte[MB]);
        cache.put("usedfile01", new byte[MB / 2]);
        age("oldfile01", 3_600);
        age("usedfile01", 7_200);
        assertThat(cache.get("usedfile01")).isPresent();

        cache.put("newfile01", new byte[MB]);

        assertThat(cache.contains("oldfile01")).isFalse();
        assertThat(cache.contains("usedfile01")).isTrue();
        assertThat(cache.contains("newfile01")).isTrue();
    }

    private void age(String id, long seconds) throws IOException {
        Files.setLastModifiedTime(dataDir.resolve("jobe-files").resolve(id),
                FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
