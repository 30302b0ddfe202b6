package org.coderise.sandbox.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims the slot uids on this host for one sandbox. Two sandboxes sharing uids would share their cgroups too, and
 * each would kill the other's runs at their end (seen on a shared machine): the second one refuses to start instead.
 */
final class UidLocks implements AutoCloseable {
    private static final Path DIR = Path.of("/run/coderise-sandbox");
    private final List<FileLock> locks = new ArrayList<>();

    /** Locks uids {@code first} to {@code first + count - 1}; returns a problem, empty when all were claimed. */
    Optional<String> claim(int first, int count) {
        try {
            Files.createDirectories(DIR);
            for (int uid = first; uid < first + count; uid++) {
                FileChannel channel = FileChannel.open(DIR.resolve("uid-" + uid + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    close();
                    return Optional.of("Another CodeRise sandbox on this host already uses uid " + uid
                            + ": give each sandbox its own range (SandboxSettings.firstUid; each uses 2 × slots uids).");
                }
                locks.add(lock);
            }
            return Optional.empty();
        } catch (IOException e) {
            close();
            return Optional.of("Cannot lock the slot uids in " + DIR + ": " + e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    @Override
    public void close() {
        for (FileLock lock : locks) {
            try {
                lock.channel().close();
            } catch (IOException e) {
                // Closing releases the lock; nothing more to do.
            }
        }
        locks.clear();
    }
}
