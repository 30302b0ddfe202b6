package org.coderise.grading.jobe;

/** A {@code file_list} entry names a file id the cache does not hold; CodeRunner then uploads it and retries. */
class UnknownFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownFileException(String fileId) {
        super("Unknown file id " + fileId);
    }
}
