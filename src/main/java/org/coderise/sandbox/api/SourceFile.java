package org.coderise.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file laid out in the run's private work directory.
 *
 * @param path relative, with {@code /} separators; no {@code ..}, no absolute paths (checked by the sandbox)
 * @param content the bytes; usually UTF-8 source text, but data files may be binary
 */
public record SourceFile(String path, byte[] content) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        content = content.clone();
    }

    public static SourceFile text(String path, String text) {
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && path.equals(that.path) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + content.length + " bytes]";
    }
}
