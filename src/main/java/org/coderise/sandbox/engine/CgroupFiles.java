package org.coderise.sandbox.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Small helpers for cgroupfs files: one value per file, or {@code key value} lines. */
final class CgroupFiles {
    private CgroupFiles() {
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value + " to " + file, e);
        }
    }

    static long readLong(Path file) {
        try {
            String text = Files.readString(file).trim();
            return "max".equals(text) ? Long.MAX_VALUE : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static long readKey(Path file, String key) {
        return findKey(file, key).orElse(0);
    }

    static OptionalLong findKey(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2 && parts[0].equals(key)) {
                    return OptionalLong.of(Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static List<Long> pids(Path procs) {
        try {
            return Files.readAllLines(procs).stream().filter(s -> !s.isBlank()).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + dir, e);
        }
    }

    static void removeDirectory(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A group that still has processes stays; it is reused at the next start.
        }
    }

    /** SIGKILLs each pid until the group is empty; the pids limit bounds how many a fork bomb can add meanwhile. */
    static void killUntilEmpty(Path procs) {
        killUntilOnly(procs, List.of());
    }

    /** As {@link #killUntilEmpty}, sparing some pids. */
    static void killUntilOnly(Path procs, java.util.Collection<Long> spared) {
        for (int round = 0; round < 200; round++) {
            List<Long> pids = pids(procs).stream().filter(pid -> !spared.contains(pid)).toList();
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
