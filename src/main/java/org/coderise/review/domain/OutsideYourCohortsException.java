package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A mentor acted on a review from a cohort they are not assigned to. */
public class OutsideYourCohortsException extends DomainException {
    private static final long serialVersionUID = 1L;

    public OutsideYourCohortsException(Long requestId) {
        super("review-outside-cohorts", 403, "Review request " + requestId + " belongs to a cohort you are not assigned to", String.valueOf(requestId));
    }

    @Override
    public String title() {
        return "Not one of your cohorts";
    }
}
