package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** The caller lacks the role this needs (admins moderate; mentors keep snippets; managers and mentors see turnaround). */
public class RoleRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RoleRequiredException(String role) {
        super("review-role-required", 403, "This needs the " + role + " role", role);
    }

    @Override
    public String title() {
        return "Not allowed";
    }
}
