package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** No open cohort has this invite code. */
public class UnknownInviteCodeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UnknownInviteCodeException(String code) {
        super("unknown-invite-code", 400, "No open cohort has the invite code \"" + code + "\".", code);
    }

    @Override
    public String title() {
        return "Unknown invite code";
    }
}
