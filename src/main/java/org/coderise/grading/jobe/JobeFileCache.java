package org.coderise.grading.jobe;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jobe's file cache on disk, under {@code <data dir>/jobe-files}: one file per id. Only a cache, as in Jobe: clients
 * upload again when a run answers 404. Ids are checked (letters and digits) before they become file names.
 */
@ApplicationScoped
public class JobeFileCache {
    /** Larger support files are refused: this is for test data, not data sets. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            return Optional.of(Files.readAllBytes(directory.resolve(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String id) {
        RunSpecMapper.checkFileId(id);
        return Files.isRegularFile(directory.resolve(id));
    }
}
