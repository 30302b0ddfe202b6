package org.coderise.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one course folder, addressed by paths relative to it with {@code /} separators. Nothing outside the
 * folder can be reached: a path that climbs out ({@code ..}), is absolute, or leads out through a symbolic link is
 * treated as missing.
 */
public final class CourseFiles {
    /** No file a course ships may be larger: it bounds images, data files and sources alike. */
    public static final long MAX_FILE_BYTES = 1024L * 1024L;

    private final Path folder;
    private final String displayPrefix;

    /**
     * @param folder the course folder
     * @param displayPrefix how authors see the folder in messages, e.g. {@code courses/python-first-steps}
     */
    public CourseFiles(Path folder, String displayPrefix) {
        this.folder = folder.toAbsolutePath().normalize();
        this.displayPrefix = displayPrefix;
    }

    public Path folder() {
        return folder;
    }

    /** The name authors see in messages: {@code courses/<course>/<relative>}. */
    public String display(String relative) {
        return relative.isEmpty() ? displayPrefix : displayPrefix + "/" + relative;
    }

    /** The file at {@code relative} if it is a regular file inside the course folder. */
    public Optional<Path> regularFile(String relative) {
        return inside(relative).filter(Files::isRegularFile);
    }

    public Optional<Path> directory(String relative) {
        return inside(relative).filter(Files::isDirectory);
    }

    /** The path inside the folder, following links, or empty when it does not exist or escapes the folder. */
    public Optional<Path> inside(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        Path candidate = folder.resolve(relative).normalize();
        if (!candidate.startsWith(folder) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        try {
            return candidate.toRealPath().startsWith(folder.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The file's text, UTF-8.
     *
     * @throws IOException when it exists but cannot be read, or is not UTF-8 text
     */
    public Optional<String> readText(String relative) throws IOException {
        Optional<Path> file = regularFile(relative);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(
                    java.nio.ByteBuffer.wrap(Files.readAllBytes(file.get()))).toString());
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    /** Every regular file under {@code relative} (a folder), as paths relative to the course, sorted. */
    public List<String> filesUnder(String relative) {
        return directory(relative).map(this::walk).orElse(List.of());
    }

    /** Every regular file of the course, sorted: what the content hash covers. */
    public List<String> allFiles() {
        return walk(folder);
    }

    public String relativize(Path path) {
        return folder.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private List<String> walk(Path start) {
        try (Stream<Path> paths = Files.walk(start)) {
            return paths.filter(Files::isRegularFile).map(this::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
