package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** The password breaks {@link PasswordPolicy}; {@link #reason()} says which rule, for a precise message. */
public class WeakPasswordException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** Which rule was broken. */
    public enum Reason {
        TOO_SHORT("Use at least " + PasswordPolicy.MIN_LENGTH + " characters."),
        TOO_LONG("Use at most " + PasswordPolicy.MAX_LENGTH + " characters."),
        SAME_AS_EMAIL("Do not use your email address as your password."),
        TOO_COMMON("This password is among the first ones attackers try; choose another.");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }
    }

    private final Reason reason;

    public WeakPasswordException(Reason reason) {
        super("weak-password", 400, "The password is too weak: " + reason.advice, reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String title() {
        return "Weak password";
    }
}
