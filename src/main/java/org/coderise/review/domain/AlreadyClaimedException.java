package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** Another mentor holds an unexpired claim on the request (or it was decided meanwhile). */
public class AlreadyClaimedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AlreadyClaimedException(Long requestId) {
        super("review-already-claimed", 409, "Review request " + requestId + " is already claimed by another mentor or no longer open", String.valueOf(requestId));
    }

    @Override
    public String title() {
        return "Already claimed";
    }
}
