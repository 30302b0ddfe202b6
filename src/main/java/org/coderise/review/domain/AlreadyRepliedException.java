package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A learner may reply once per comment thread. */
public class AlreadyRepliedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AlreadyRepliedException(long commentId) {
        super("review-already-replied", 409, "You already replied to comment " + commentId, commentId);
    }

    @Override
    public String title() {
        return "Already replied";
    }
}
