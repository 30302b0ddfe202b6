package org.coderise.grading.domain;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files of one submission, checked against the caps before anything is stored: at most {@link #MAX_FILES} files,
 * {@link #MAX_BYTES} bytes in all, relative paths of safe characters without {@code ..}, no duplicates.
 */
public record SubmittedFiles(List<SubmittedFile> files) {
    public static final int MAX_FILES = 20;
    public static final int MAX_BYTES = 256 * 1024;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\\-]*)*");

    /**
     * @throws InvalidSubmissionException when there are no files, a path is unsafe or repeated
     * @throws SubmissionTooLargeException when the caps are exceeded
     */
    public SubmittedFiles {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new InvalidSubmissionException("A submission needs at least one file.");
        }
        if (files.size() > MAX_FILES) {
            throw new SubmissionTooLargeException("Too many files: at most " + MAX_FILES + " per submission.",
                    MAX_FILES + " files");
        }
        var seen = new HashSet<String>();
        for (SubmittedFile file : files) {
            if (!SAFE_PATH.matcher(file.path()).matches() || file.path().contains("..") || file.path().length() > 200) {
                throw new InvalidSubmissionException("Unsafe file name: " + abbreviate(file.path()));
            }
            if (!seen.add(file.path())) {
                throw new InvalidSubmissionException("The file " + file.path() + " is listed twice.");
            }
        }
        if (totalBytes(files) > MAX_BYTES) {
            throw new SubmissionTooLargeException("The files are too large: at most " + MAX_BYTES / 1024 + " KB in all.",
                    MAX_BYTES / 1024 + " KB");
        }
    }

    public int totalBytes() {
        return totalBytes(files);
    }

    private static int totalBytes(List<SubmittedFile> files) {
        return files.stream().mapToInt(SubmittedFile::size).sum();
    }

    private static String abbreviate(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }
}
