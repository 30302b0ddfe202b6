package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** No partner organisation has this id. */
public class PartnerNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public PartnerNotFoundException(long id) {
        super("partner-not-found", 404, "No partner organisation has id " + id + ".", id);
    }

    @Override
    public String title() {
        return "Partner not found";
    }
}
