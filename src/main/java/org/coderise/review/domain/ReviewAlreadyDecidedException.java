package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** The request was decided and left the queue. */
public class ReviewAlreadyDecidedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReviewAlreadyDecidedException(Long requestId) {
        super("review-already-decided", 409, "Review request " + requestId + " has already been decided", String.valueOf(requestId));
    }

    @Override
    public String title() {
        return "Already decided";
    }
}
