package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** An account with this email (compared case-insensitively) already exists. */
public class DuplicateEmailException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DuplicateEmailException() {
        super("duplicate-email", 409, "An account with this email address already exists.");
    }

    @Override
    public String title() {
        return "Email already registered";
    }
}
