package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** Invite codes are unique across all cohorts. */
public class DuplicateInviteCodeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DuplicateInviteCodeException(String code) {
        super("duplicate-invite-code", 409, "Another cohort already uses the invite code \"" + code + "\".", code);
    }

    @Override
    public String title() {
        return "Invite code taken";
    }
}
