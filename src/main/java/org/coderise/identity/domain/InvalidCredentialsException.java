package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** Email and password do not match an active account (which of the two is wrong is not said). */
public class InvalidCredentialsException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super("invalid-credentials", 401, "The email or the password is wrong.");
    }

    @Override
    public String title() {
        return "Invalid credentials";
    }
}
