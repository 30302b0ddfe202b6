package org.coderise.learning.domain;

import jakarta.ejb.ApplicationException;

/** A draft beyond {@link Draft#MAX_CHARS}; nothing is saved. */
@ApplicationException(rollback = true)
public class DraftTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DraftTooLargeException(int chars, int max) {
        super("The draft has " + chars + " characters; at most " + max + " are kept.");
    }
}
