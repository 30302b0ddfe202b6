package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A mentor commented or decided without holding an unexpired claim on the request. */
public class ClaimRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ClaimRequiredException(Long requestId) {
        super("review-claim-required", 409, "Claim review request " + requestId + " before commenting or deciding (your claim may have expired)", String.valueOf(requestId));
    }

    @Override
    public String title() {
        return "Claim it first";
    }
}
