package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** No review request with this id, or none the caller may see (a learner asking for another's review gets this too). */
public class ReviewNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReviewNotFoundException(Long requestId) {
        super("review-not-found", 404, "No review request " + requestId, String.valueOf(requestId));
    }

    @Override
    public String title() {
        return "Review not found";
    }
}
