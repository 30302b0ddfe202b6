package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** A change that needs the current password got a wrong one. */
public class WrongPasswordException extends DomainException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("wrong-password", 400, "The current password is wrong.");
    }

    @Override
    public String title() {
        return "Wrong current password";
    }
}
