package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** ANSWERED closes questions only; a capstone needs approved or changes requested. */
public class DecisionNotAllowedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DecisionNotAllowedException(Decision decision, RequestKind kind) {
        super("review-decision-not-allowed", 400, "Decision " + decision + " is not allowed for a " + kind + " request", decision, kind);
    }

    @Override
    public String title() {
        return "Decision not allowed";
    }
}
