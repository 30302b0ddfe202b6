package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** The learner already reported this comment; admins have it. */
public class AlreadyReportedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AlreadyReportedException(long commentId) {
        super("review-already-reported", 409, "You already reported comment " + commentId, commentId);
    }

    @Override
    public String title() {
        return "Already reported";
    }
}
