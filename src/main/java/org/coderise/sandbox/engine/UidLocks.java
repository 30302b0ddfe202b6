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
 * each would kill the other's runs at their end (seen on a shared machine): a second sandbox moves to the next free
 * range instead (and says so), or refuses to start when there is none.
 */
final class UidLocks implements AutoCloseable {
    private static final Path DIR = Path.of("/run/coderise-sandbox");
    private final List<FileLock> locks = new ArrayList<>();

    private static final int RANGES = 16;

    /**
     * Claims the first free range of {@code count} uids from {@code first} on (trying {@value #RANGES} ranges).
     *
     * @return the first uid of the claimed range, empty when every range is taken
     */
    Optional<Integer> claimFrom(int first, int count) {
        for (int range = 0; range < RANGES; range++) {
            if (claim(first + range * count, count)) {
                return Optional.of(first + range * count);
            }
        }
        return Optional.empty();
    }

    private boolean claim(int first, int count) {
        try {
            Files.createDirectories(DIR);
            for (int uid = first; uid < first + count; uid++) {
                FileChannel channel = FileChannel.open(DIR.resolve("uid-" + uid + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    close();
                    return false;
                }
                locks.add(lock);
            }
            return true;
        } catch (IOException e) {
            close();
            return false;
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
