package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** No cohort has this id. */
public class CohortNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CohortNotFoundException(long id) {
        super("cohort-not-found", 404, "No cohort has id " + id + ".", id);
    }

    @Override
    public String title() {
        return "Cohort not found";
    }
}
