package org.coderise.sandbox.engine;

import java.nio.file.Path;

/**
 * How the engine lays itself out on the host.
 *
 * @param baseDir where slot work dirs and the read-only runtime files live (e.g. {@code /var/lib/coderise/sandbox})
 * @param slots how many runs at once
 * @param firstUid the uid of slot 0; slot n runs as {@code firstUid + n}. Pick uids no host account uses.
 * @param cgroupName the prefix of the directory created in each cgroup hierarchy for the slot groups (the first slot
 *     uid is appended, so sandboxes on different uid ranges never share groups)
 * @param maxWorkDirBytes the size each slot's tmpfs is mounted with before a run resizes it
 */
public record EngineSettings(Path baseDir, int slots, int firstUid, String cgroupName, long maxWorkDirBytes) {
    public EngineSettings {
        baseDir = ReachableBaseDir.of(baseDir);
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1");
        }
        if (firstUid < 1000) {
            throw new IllegalArgumentException("slot uids must be unprivileged (1000 or more)");
        }
    }
}
