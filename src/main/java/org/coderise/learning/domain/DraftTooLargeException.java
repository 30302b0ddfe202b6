package org.coderise.learning.domain;

import org.coderise.shared.domain.DomainException;

/** A draft beyond {@link Draft#MAX_CHARS}; nothing is saved. */
public class DraftTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DraftTooLargeException(int chars, int max) {
        super("draft-too-large", 413, "The draft has " + chars + " characters; at most " + max + " are kept.", max);
    }

    @Override
    public String title() {
        return "Draft too large";
    }
}
