package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** Review pages and endpoints need a signed-in person. */
public class NotSignedInException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("review-sign-in-required", 401, "Sign in to use reviews");
    }

    @Override
    public String title() {
        return "Sign in first";
    }
}
