package org.coderise.catalog.content;

import java.util.Objects;

/**
 * One thing wrong with a course, located so an author can jump to it.
 *
 * @param file the file's path as the author knows it, relative to the courses folder's parent ({@code courses/...})
 * @param line 1-based line, 1 for problems that concern a whole file
 * @param severity errors stop a course from being imported; warnings do not
 * @param message what is wrong, for a person
 */
public record Problem(String file, int line, Severity severity, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-like form editors understand: {@code file:line: message}, warnings marked as such. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }

    public enum Severity { ERROR, WARNING }
}
