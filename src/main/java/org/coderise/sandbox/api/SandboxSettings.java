package org.coderise.sandbox.api;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a sandbox is set up on its host.
 *
 * @param slots runs at once (default: the number of cores); each slot has its own uid, work dir and cgroup
 * @param baseDir where slot work dirs and the read-only runtime files live; it and its parents must be traversable
 *     (execute permission) by the slot uids, because bubblewrap binds from there as the slot's user
 * @param maxLimits requests are lowered to these maxima
 * @param maxSubmissionBytes total size of files, stdin and I/O cases of one request (default 256 KB)
 * @param maxFiles files in one request, tests included
 * @param firstUid uid of slot 0; slot n runs as {@code firstUid + n} (pick uids no host account uses)
 */
public record SandboxSettings(int slots, Path baseDir, Limits maxLimits, long maxSubmissionBytes, int maxFiles,
        int firstUid) {

    private static final long MB = 1024L * 1024L;

    /** One slot per core, {@code /var/lib/coderise/sandbox}, generous maxima, 256 KB submissions. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(Runtime.getRuntime().availableProcessors(), Path.of("/var/lib/coderise/sandbox"),
                new Limits(Duration.ofSeconds(20), Duration.ofSeconds(40), 1024 * MB, 256, 64 * MB, 1024 * 1024, 256),
                256 * 1024, 64, 61000);
    }

    public SandboxSettings withSlots(int value) {
        return new SandboxSettings(value, baseDir, maxLimits, maxSubmissionBytes, maxFiles, firstUid);
    }

    public SandboxSettings withBaseDir(Path value) {
        return new SandboxSettings(slots, value, maxLimits, maxSubmissionBytes, maxFiles, firstUid);
    }

    public SandboxSettings withMaxSubmissionBytes(long value) {
        return new SandboxSettings(slots, baseDir, maxLimits, value, maxFiles, firstUid);
    }

    public SandboxSettings withFirstUid(int value) {
        return new SandboxSettings(slots, baseDir, maxLimits, maxSubmissionBytes, maxFiles, value);
    }
}
