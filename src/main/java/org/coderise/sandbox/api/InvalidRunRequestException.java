package org.coderise.sandbox.api;

/**
 * The request itself is malformed (unknown language, missing entry file, unsafe or duplicate file name, oversized
 * submission). The message names the problem for a person; nothing was run.
 */
public class InvalidRunRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidRunRequestException(String message) {
        super(message);
    }
}
