package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** Partner organisation names are unique. */
public class DuplicatePartnerException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DuplicatePartnerException(String name) {
        super("duplicate-partner", 409, "A partner named \"" + name + "\" already exists.", name);
    }

    @Override
    public String title() {
        return "Partner already exists";
    }
}
