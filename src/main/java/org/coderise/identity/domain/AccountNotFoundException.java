package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** No active account has this id. */
public class AccountNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(long id) {
        super("account-not-found", 404, "No active account has id " + id + ".", id);
    }

    @Override
    public String title() {
        return "Account not found";
    }
}
