package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** Only accounts with the MENTOR role are assigned to review a cohort; the role is granted on its own, first. */
public class NotAMentorException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAMentorException(String email) {
        super("not-a-mentor", 409, "No mentor account has the email " + email
                + ". The person registers first, then an admin grants them the MENTOR role.", email);
    }

    @Override
    public String title() {
        return "Not a mentor";
    }
}
