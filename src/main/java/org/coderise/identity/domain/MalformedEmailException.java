package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** The text given as an email address is not one. */
public class MalformedEmailException extends DomainException {
    private static final long serialVersionUID = 1L;

    public MalformedEmailException(String given) {
        super("malformed-email", 400, "\"" + given + "\" is not a valid email address.", given);
    }

    @Override
    public String title() {
        return "Malformed email address";
    }
}
