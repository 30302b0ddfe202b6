package org.coderise.grading.jobe;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jobe's file cache on disk, under {@code <data dir>/jobe-files}: one file per id. Only a cache, as in Jobe: clients
 * upload again when a run answers 404. Ids are checked (letters and digits) before they become file names.
 * The cache is bounded ({@code coderise.jobe.cache-mb}): past the bound the least recently used files go first, down
 * to {@link #LOW_WATER_PERCENT} of it, so a busy CodeRunner site cannot fill the disk.
 */
@ApplicationScoped
public class JobeFileCache {
    /** Larger support files are refused: this is for test data, not data sets. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final int LOW_WATER_PERCENT = 80;

    @Inject
    @ConfigProperty(name = "coderise.jobe.cache-mb", defaultValue = "512")
    long capacityMb;

    @Inject
    @ConfigProperty(name = "coderise.data.dir")
    String dataDir;

    private Path directory;

    @PostConstruct
    void open() {
        directory = Path.of(dataDir, "jobe-files");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Jobe file cache " + directory, e);
        }
    }

    /** @throws BadRunSpecException for an ill-formed id or an oversized file */
    void put(String id, byte[] content) {
        RunSpecMapper.checkFileId(id);
        if (content.length > MAX_FILE_BYTES) {
            throw new BadRunSpecException("Files are limited to " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        try {
            Path temporary = Files.createTempFile(directory, "upload", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(id), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            evictBeyondCapacity();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synchronized so two uploads do not both evict; reading and writing files stays concurrent. */
    private synchronized void evictBeyondCapacity() throws IOException {
        List<CachedFile> files = cachedFiles();
        long total = files.stream().mapToLong(CachedFile::bytes).sum();
        long capacity = capacityMb * 1024 * 1024;
        if (total <= capacity) {
            return;
        }
        long lowWater = capacity * LOW_WATER_PERCENT / 100;
        files.sort(Comparator.comparing(CachedFile::lastUsed));
        for (CachedFile file : files) {
            if (total <= lowWater) {
                break;
            }
            Files.deleteIfExists(file.path());
            total -= file.bytes();
        }
    }

    private List<CachedFile> cachedFiles() throws IOException {
        List<CachedFile> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                path -> !path.getFileName().toString().endsWith(".tmp"))) {
            for (Path path : entries) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    files.add(new CachedFile(path, attributes.size(), attributes.lastModifiedTime()));
                } catch (NoSuchFileException concurrentlyEvicted) {
                    // evicted by another process sharing the directory: nothing to count
                }
            }
        }
        return files;
    }

    private record CachedFile(Path path, long bytes, FileTime lastUsed) {
    }

    /** Stores content under an id derived from it (its SHA-256), as Jobe's POST files does, and returns the id. */
    String put(byte[] content) {
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            put(id, content);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }

    Optional<byte[]> get(String id) {
        RunSpecMapper.checkFileId(id);
        Path file = directory.resolve(id);
        try {
            byte[] content = Files.readAllBytes(file);
            markUsed(file);
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modification time doubles as the last use, so eviction keeps what clients still run with. */
    private static void markUsed(Path file) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (NoSuchFileException evictedMeanwhile) {
            // the content was read already; the next run re-uploads it
        }
    }

    boolean contains(String id) {
        RunSpecMapper.checkFileId(id);
        return Files.isRegularFile(directory.resolve(id));
    }
}
