package org.coderise.sandbox.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * A slot's private work directory: its own tmpfs, so the size limit covers every file a run writes (RLIMIT_FSIZE is
 * per file: 40 files of 60 MB once filled a host disk), mounted once and emptied after each run.
 */
final class WorkDir {
    private static final int MAX_INODES = 4096;
    private final Path path;
    private final int uid;
    private final int companionGid;
    private long size = -1;

    /** Owned by the run's uid; the slot's companion (e.g. the warm compiler) writes through the group. */
    WorkDir(Path path, int uid, int companionGid) {
        this.path = path;
        this.uid = uid;
        this.companionGid = companionGid;
    }

    Path path() {
        return path;
    }

    /**
     * Mounts a fresh tmpfs for the slot; returns a problem, empty when it worked. One left by a process killed with
     * SIGKILL is unmounted first: it holds that run's files and belongs to uids this process may not have got.
     */
    Optional<String> mount(long bytes) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            return Optional.of("cannot create " + path + ": " + e.getMessage());
        }
        String options = "size=" + bytes + ",nr_inodes=" + MAX_INODES + ",mode=0770,uid=" + uid + ",gid=" + companionGid
                + ",nosuid,nodev";
        if (isMounted()) {
            HostCommand.run(List.of("/usr/bin/umount", "--lazy", path.toString()));
        }
        HostCommand.Outcome outcome = HostCommand.run(List.of("/usr/bin/mount", "-t", "tmpfs", "-o", options,
                "coderise-work", path.toString()));
        if (outcome.succeeded()) {
            size = bytes;
            return Optional.empty();
        }
        return Optional.of("cannot mount a tmpfs work dir at " + path + ": " + outcome.output());
    }

    private boolean isMounted() {
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .anyMatch(line -> line.split(" ")[4].equals(path.toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Gives the tmpfs the run's file size limit; a remount only when it changes. */
    void resize(long bytes) {
        if (bytes != size) {
            HostCommand.Outcome outcome = HostCommand.run(
                    List.of("/usr/bin/mount", "-o", "remount,size=" + bytes, path.toString()));
            if (!outcome.succeeded()) {
                throw new UncheckedIOException(new IOException("cannot resize work dir: " + outcome.output()));
            }
            size = bytes;
        }
    }

    void write(String relativePath, byte[] content) {
        Path target = path.resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out " + relativePath, e);
        }
    }

    /**
     * Reads a file a run wrote, refusing symlinks anywhere on the way: the run could point one at a host file that
     * the server (root) can read.
     */
    Optional<byte[]> read(String relativePath, int maxBytes) {
        Path current = path;
        for (Path part : Path.of(relativePath)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (var in = Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readNBytes(maxBytes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes everything a run left, without following links out of the directory. */
    void clear() {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (!dir.equals(path)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the work dir " + path, e);
        }
    }

    boolean isEmpty() {
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    void unmount() {
        HostCommand.run(List.of("/usr/bin/umount", "--lazy", path.toString()));
    }
}
