package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** The account has no token with this id. */
public class ApiTokenNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ApiTokenNotFoundException(long id) {
        super("token-not-found", 404, "You have no API token with id " + id + ".", id);
    }

    @Override
    public String title() {
        return "API token not found";
    }
}
