package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A report of a comment needs a reason (at most 500 characters). */
public class ReasonRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReasonRequiredException() {
        super("review-reason-required", 400, "Say in a few words (at most 500 characters) why you report this comment");
    }

    @Override
    public String title() {
        return "Say why";
    }
}
