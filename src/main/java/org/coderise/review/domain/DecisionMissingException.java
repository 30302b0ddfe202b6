package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A decision was sent without choosing approved or changes requested. */
public class DecisionMissingException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DecisionMissingException() {
        super("review-decision-missing", 400, "Choose a decision: APPROVED or CHANGES_REQUESTED");
    }

    @Override
    public String title() {
        return "Choose a decision";
    }
}
