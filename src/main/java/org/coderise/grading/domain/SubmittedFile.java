package org.coderise.grading.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One learner file as sent: a relative path and UTF-8 text. */
public record SubmittedFile(String path, String content) {
    public SubmittedFile {
        Objects.requireNonNull(path, "path");
        content = content == null ? "" : content;
    }

    public int size() {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }
}
